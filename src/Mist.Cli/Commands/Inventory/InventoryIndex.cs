using Mist.Cli.Commands.Shared;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Inventory;

/// <summary>The org's inventory (every type) from one listing, by MAC and by serial.</summary>
internal sealed class InventoryIndex
{
    private readonly Dictionary<string, InventoryItem> _byMac = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InventoryItem> _bySerial = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<InventoryIndex> ListAsync(MistClient client, Guid orgId, CliConsole console, CancellationToken cancellationToken)
    {
        var index = new InventoryIndex();
        var listing = client.Inventory.ListAsync(orgId, new InventoryListOptions { Type = DeviceType.All });
        await foreach (var item in listing.WithProgressAsync(console, "inventory", cancellationToken).ConfigureAwait(false))
        {
            if (item.Mac is null)
            {
                continue;
            }

            var normalized = item with { Mac = MacAddress.Normalize(item.Mac) };
            index._byMac[normalized.Mac!] = normalized;
            if (item.Serial is { Length: > 0 } serial)
            {
                index._bySerial[serial] = normalized;
            }
        }

        return index;
    }

    /// <summary>
    /// The device a row names, or null when the org has none. A row with both a MAC and a serial must name one device:
    /// when they name different ones (or only one of them is in the org), that is a problem of the line, not a guess.
    /// </summary>
    public InventoryItem? Find(DeviceFileRow row, InputProblems problems)
    {
        var byMac = row.Mac is null ? null : _byMac.GetValueOrDefault(row.Mac);
        var bySerial = row.Serial is null ? null : _bySerial.GetValueOrDefault(row.Serial);
        if (row.Mac is not null && row.Serial is not null && (byMac is not null || bySerial is not null) && byMac?.Mac != bySerial?.Mac)
        {
            problems.Add(row.Line, $"columns mac and serial name different devices: {row.Mac} is {Describe(byMac, "serial")}, {row.Serial} is {Describe(bySerial, "mac")}; fix one of them.");
            return null;
        }

        return byMac ?? bySerial;
    }

    private static string Describe(InventoryItem? item, string other) =>
        item is null ? "not in the org" : other == "serial" ? $"serial {item.Serial}" : $"MAC {item.Mac}";
}

namespace Mist.Cli.Commands.Device.Rename;

/// <summary>
/// Matches each row with the org's inventory (one listing, every type) by MAC or serial, and compares the name (and
/// the notes, from the site's device configuration) with what the file says: a device that already matches is not written.
/// </summary>
internal static class DeviceRenamePlanner
{
    public static IReadOnlyList<DeviceRenameStep> Plan(
        IReadOnlyList<DeviceRenameRow> rows, IReadOnlyList<InventoryItem> inventory, IReadOnlyDictionary<string, Mist.Device> configs)
    {
        var byMac = inventory.Where(i => i.Mac is not null).ToLookup(i => MacAddress.Normalize(i.Mac!), StringComparer.Ordinal);
        var bySerial = inventory.Where(i => i.Serial is not null).ToLookup(i => i.Serial!, StringComparer.OrdinalIgnoreCase);
        var steps = new List<DeviceRenameStep>(rows.Count);
        foreach (var row in rows)
        {
            var matches = row.Mac is not null ? byMac[row.Mac].ToList() : bySerial[row.Serial!].ToList();
            if (matches.Count != 1)
            {
                var why = matches.Count == 0
                    ? $"Not in the org's inventory: no device with {(row.Mac is null ? "serial" : "MAC")} {row.Device}."
                    : $"{matches.Count} devices have serial {row.Device}; name them by MAC.";
                steps.Add(new DeviceRenameStep(row, "skip", null, null, null, why));
                continue;
            }

            var item = matches[0];
            if (item.SiteId is null)
            {
                steps.Add(new DeviceRenameStep(row, "skip", item, item.Name, null, "Not assigned to a site: a device's name lives in its site's configuration; assign it first."));
                continue;
            }

            configs.TryGetValue(MacAddress.Normalize(item.Mac!), out var config);
            var currentName = config?.Name ?? item.Name;
            var changes = new DeviceUpdateOptions();
            if (!string.Equals(currentName, row.Name, StringComparison.Ordinal))
            {
                changes.Name = row.Name;
            }

            if (row.Notes is { } notes && !string.Equals(config?.Notes ?? string.Empty, notes, StringComparison.Ordinal))
            {
                changes.Notes = notes;
            }

            steps.Add(changes.IsEmpty
                ? new DeviceRenameStep(row, "unchanged", item, currentName, null, null)
                : new DeviceRenameStep(row, "rename", item, currentName, changes, null));
        }

        return steps;
    }
}

using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Session;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Device;

/// <summary>Inventory records as list rows, with the name of each device's site.</summary>
internal static class DeviceRows
{
    /// <summary>
    /// Lists the inventory (1,000 per request) and keeps what <paramref name="keep"/> accepts. Site names come from
    /// <paramref name="siteNames"/> when given, else from one listing of the org's sites, made only if a row is on a site.
    /// </summary>
    public static async Task<JsonArray> ListAsync(
        CliConsole console,
        MistSession session,
        Guid orgId,
        InventoryListOptions filter,
        Func<InventoryItem, bool> keep,
        IReadOnlyDictionary<Guid, string?>? siteNames,
        CancellationToken cancellationToken)
    {
        var items = new List<InventoryItem>();
        await foreach (var item in session.Client.Inventory.ListAsync(orgId, filter).WithProgressAsync(console, "devices", cancellationToken).ConfigureAwait(false))
        {
            if (keep(item))
            {
                items.Add(item);
            }
        }

        if (siteNames is null && items.Any(i => i.SiteId is not null))
        {
            siteNames = await SiteNamesAsync(session, orgId, cancellationToken).ConfigureAwait(false);
        }

        return [.. items.Select(i => (JsonNode)Row(i, siteNames))];
    }

    public static JsonObject Row(InventoryItem item, IReadOnlyDictionary<Guid, string?>? siteNames)
    {
        var row = ModelJson.Object(item, MistJsonContext.Default.InventoryItem);
        row[DeviceViews.SiteName] = item.SiteId is { } siteId && siteNames is not null && siteNames.TryGetValue(siteId, out var name) ? name : null;
        return row;
    }

    private static async Task<Dictionary<Guid, string?>> SiteNamesAsync(MistSession session, Guid orgId, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string?>();
        await foreach (var site in session.Client.Sites.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            names[site.Id] = site.Name;
        }

        return names;
    }
}

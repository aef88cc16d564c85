using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;
using Mist.Cli.Session;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Device;

/// <summary>Inventory records as list rows, with the name of each device's site.</summary>
internal static class DeviceRows
{
    /// <summary>
    /// Lists the inventory (1,000 per request, pages fetched concurrently) and writes each page's rows that
    /// <paramref name="keep"/> accepts as soon as the page arrives. Site names come from <paramref name="siteNames"/>
    /// when given, else from one listing of the org's sites, made only once a row is on a site (while the next
    /// inventory pages are already on their way). <paramref name="health"/> is read alongside the inventory: the
    /// pages that arrive before it are held, then written with it.
    /// </summary>
    public static async Task WriteAsync(
        CliConsole console,
        MistSession session,
        Guid orgId,
        InventoryListOptions filter,
        Func<InventoryItem, bool> keep,
        IReadOnlyDictionary<Guid, string?>? siteNames,
        ListStream output,
        CancellationToken cancellationToken,
        DeviceConfigs? configs = null,
        Task<DeviceHealth>? health = null,
        Func<JsonObject, bool>? keepRow = null)
    {
        var pages = session.Client.Inventory.ListAsync(orgId, filter)
            .PagesWithProgressAsync(console, "devices", cancellationToken)
            .WithReadAheadAsync(cancellationToken);
        // Rows need the health, but its pages do not depend on the inventory's: holding the inventory pages that
        // come first lets both listings be in flight together (one chain of round trips, not two in a row).
        var held = new List<IReadOnlyList<InventoryItem>>();
        var siteNameElements = new Dictionary<Guid, JsonElement>();
        DeviceHealth? known = null;
        await foreach (var page in pages.ConfigureAwait(false))
        {
            var kept = page.Values.Where(keep).ToList();
            if (siteNames is null && kept.Any(i => i.SiteId is not null))
            {
                siteNames = await SiteNamesAsync(session, orgId, cancellationToken).ConfigureAwait(false);
            }

            held.Add(kept);
            if (health is not null && known is null)
            {
                if (!health.IsCompleted)
                {
                    continue;
                }

                known = await health.ConfigureAwait(false);
            }

            await WriteHeldAsync().ConfigureAwait(false);
        }

        if (health is not null && known is null)
        {
            known = await health.ConfigureAwait(false);
        }

        await WriteHeldAsync().ConfigureAwait(false);
        output.Complete();

        async Task WriteHeldAsync()
        {
            foreach (var items in held)
            {
                foreach (var item in items)
                {
                    if (known is null && keepRow is null && configs is null)
                    {
                        // Nothing to add but the site's name: the model is written as it is, with site_name last.
                        WithSiteName(item, siteNames, siteNameElements);
                        output.Add(item, MistJsonContext.Default.InventoryItem);
                        continue;
                    }

                    var row = Row(item, siteNames);
                    known?.AddTo(row);
                    if (keepRow is not null && !keepRow(row))
                    {
                        continue;
                    }

                    if (configs is not null)
                    {
                        await configs.AddToAsync(row, item, cancellationToken).ConfigureAwait(false);
                    }

                    output.Add(row);
                }

                output.Flush();
            }

            held.Clear();
        }
    }

    public static JsonObject Row(InventoryItem item, IReadOnlyDictionary<Guid, string?>? siteNames)
    {
        var row = ModelJson.Object(item, MistJsonContext.Default.InventoryItem);
        row[DeviceViews.SiteName] = item.SiteId is { } siteId && siteNames is not null && siteNames.TryGetValue(siteId, out var name) ? name : null;
        return row;
    }

    /// <summary>
    /// Puts the device's site name into the item's unknown fields under <see cref="DeviceViews.SiteName"/>, so that the
    /// item serializes as <see cref="Row"/> would: every field Mist sent, then site_name (in place, should Mist ever
    /// send one). Each site's name is made a <see cref="JsonElement"/> once (<paramref name="cache"/>).
    /// </summary>
    internal static void WithSiteName(InventoryItem item, IReadOnlyDictionary<Guid, string?>? siteNames, Dictionary<Guid, JsonElement> cache)
    {
        string? name = null;
        JsonElement element;
        if (item.SiteId is { } siteId && siteNames is not null && siteNames.TryGetValue(siteId, out name))
        {
            if (!cache.TryGetValue(siteId, out element))
            {
                element = JsonSerializer.SerializeToElement(name, JsonContext.Default.String);
                cache[siteId] = element;
            }
        }
        else
        {
            element = s_null;
        }

        (item.AdditionalProperties ??= new(StringComparer.Ordinal))[DeviceViews.SiteName] = element;
    }

    private static readonly JsonElement s_null = JsonSerializer.SerializeToElement<string?>(null, JsonContext.Default.String);

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

using System.Text.Json.Nodes;
using Mist.Cli.Commands.Org.Config;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Org.Export;

/// <summary>
/// Reads everything an org export holds with raw GETs, so each object keeps the keys Mist returned in Mist's order
/// (the SDK's models would reorder them), then sorts every list by name (MAC for devices) and id: two exports of an
/// unchanged org are then identical apart from the time. A part that cannot be read fails the export: a document
/// silently missing a site would be worse than none.
/// </summary>
internal sealed class OrgExporter(MistClient client, CliConsole console, int concurrency)
{
    public async Task<JsonObject> ExportAsync(Guid orgId, DateTimeOffset now, string? host, bool includeSecrets, CancellationToken cancellationToken)
    {
        var org = await GetAsync($"orgs/{orgId:D}", cancellationToken).ConfigureAwait(false);
        var orgSetting = await GetAsync($"orgs/{orgId:D}/setting", cancellationToken).ConfigureAwait(false);
        var orgObjects = await ReadCollectionsAsync("Exporting org objects", ConfigCollectionTable.Org(client), orgId, cancellationToken).ConfigureAwait(false);
        var sites = SortBy(await ListAsync(() => new MistRequest(HttpMethod.Get, $"orgs/{orgId:D}/sites"), cancellationToken).ConfigureAwait(false), "name");
        var inventory = await ListAsync(() => new MistRequest(HttpMethod.Get, $"orgs/{orgId:D}/inventory?type=all"), cancellationToken).ConfigureAwait(false);
        // A site without an assigned device is not asked for its devices: one request fewer per empty site.
        var withDevices = inventory.Select(i => ConfigJson.Text(i["site_id"])).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var siteCollections = ConfigCollectionTable.Site(client);
        var run = await new BulkRunner(console, concurrency).RunAsync(
            "Exporting sites",
            sites,
            async (site, token) =>
            {
                var id = (string)site["id"]!;
                var setting = await GetAsync($"sites/{id}/setting", token).ConfigureAwait(false);
                var devices = withDevices.Contains(id)
                    ? await ListAsync(() => new MistRequest(HttpMethod.Get, $"sites/{id}/devices?type=all"), token).ConfigureAwait(false)
                    : [];
                var objects = new JsonObject();
                foreach (var collection in siteCollections.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    var items = await ListAsync(() => collection.Operations.List.CreateRequest(id), token).ConfigureAwait(false);
                    objects[collection.Key] = Array(SortBy(items, collection.NameField));
                }

                return (setting, devices, objects);
            },
            cancellationToken).ConfigureAwait(false);
        Check(run, sites, s => $"site {(string?)s["name"]} ({(string?)s["id"]})");

        var devices = new List<JsonObject>();
        for (var i = 0; i < sites.Count; i++)
        {
            var (setting, siteDevices, objects) = run.Slots[i].Result;
            sites[i]["setting"] = setting;
            sites[i]["objects"] = objects;
            devices.AddRange(siteDevices);
        }

        var document = new JsonObject
        {
            ["format"] = ExportFormat.Format,
            ["version"] = ExportFormat.Version,
            ["exported_at"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["host"] = host ?? client.Cloud.BaseAddress.Authority,
            ["secrets"] = includeSecrets ? "included" : "omitted",
            ["server_managed_fields"] = new JsonObject
            {
                ["all"] = new JsonArray([.. ExportFormat.ServerManaged.Select(f => (JsonNode)f)]),
                ["devices"] = new JsonArray([.. ExportFormat.DeviceReadOnly.Select(f => (JsonNode)f)]),
            },
            ["org"] = org,
            ["org_setting"] = orgSetting,
            ["org_objects"] = orgObjects,
            ["sites"] = Array(sites),
            ["devices"] = Array(SortBy(devices, "mac")),
            ["inventory"] = Array(SortBy(inventory, "mac")),
        };
        if (!includeSecrets)
        {
            LeaveOutSecrets(document);
        }

        return document;
    }

    private static void LeaveOutSecrets(JsonObject document)
    {
        foreach (var item in document["devices"]!.AsArray().Concat(document["inventory"]!.AsArray()).OfType<JsonObject>())
        {
            foreach (var field in ExportFormat.RemovedSecrets)
            {
                item.Remove(field);
            }
        }

        foreach (var part in new[] { "org", "org_setting", "org_objects", "sites", "devices" })
        {
            ExportFormat.ReplaceSecrets(document[part]);
        }
    }

    /// <summary>Every collection of the org, one listing each (all pages), keyed by collection in name order.</summary>
    private async Task<JsonObject> ReadCollectionsAsync(string what, IReadOnlyList<ConfigCollectionInfo> collections, Guid orgId, CancellationToken cancellationToken)
    {
        var run = await new BulkRunner(console, concurrency).RunAsync(
            what,
            collections,
            (collection, token) => ListAsync(() => collection.Operations.List.CreateRequest(orgId.ToString("D")), token),
            cancellationToken).ConfigureAwait(false);
        Check(run, collections, c => c.Key);
        var objects = new JsonObject();
        foreach (var (collection, slot) in collections.Zip(run.Slots).OrderBy(p => p.First.Key, StringComparer.Ordinal))
        {
            objects[collection.Key] = Array(SortBy(slot.Result!, collection.NameField));
        }

        return objects;
    }

    private static void Check<TItem, TResult>(BulkRun<TResult> run, IReadOnlyList<TItem> items, Func<TItem, string> describe)
    {
        if (run.Cancelled)
        {
            throw CliException.Cancelled("Cancelled; nothing was written.");
        }

        var failed = run.Slots.Select((s, i) => (s, i)).Where(p => p.s.State != BulkState.Done).ToList();
        if (failed.Count > 0)
        {
            var (slot, index) = failed[0];
            throw new CliException(
                $"Could not read {failed.Count} of {items.Count} part(s), such as {describe(items[index])}: {slot.Reason} Nothing was written.",
                ExitCodes.Failure);
        }
    }

    private async Task<JsonObject> GetAsync(string path, CancellationToken cancellationToken)
    {
        var response = await IdempotentRetry.RunAsync(t => client.SendAsync(new MistRequest(HttpMethod.Get, path), t), cancellationToken).ConfigureAwait(false);
        return JsonNode.Parse(response.Text) as JsonObject ?? throw new CliException($"GET {path} did not answer a JSON object.", ExitCodes.Failure);
    }

    private async Task<List<JsonObject>> ListAsync(Func<MistRequest> request, CancellationToken cancellationToken)
    {
        // A failed page fails the whole listing (never a partial list); the listing is then read again from the start.
        return await IdempotentRetry.RunAsync(
            async t =>
            {
                var items = new List<JsonObject>();
                await foreach (var element in client.GetAllAsync(request()).WithCancellation(t).ConfigureAwait(false))
                {
                    items.Add(JsonNode.Parse(element.GetRawText()) as JsonObject ?? []);
                }

                return items;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>By <paramref name="key"/>, then by id for objects of the same name: a stable order whatever order Mist lists them in.</summary>
    private static List<JsonObject> SortBy(List<JsonObject> items, string key) =>
        [.. items.OrderBy(i => ConfigJson.Text(i[key]), StringComparer.Ordinal).ThenBy(i => ConfigJson.Text(i["id"]), StringComparer.Ordinal)];

    private static JsonArray Array(IEnumerable<JsonObject> items) => [.. items.Select(i => (JsonNode)i)];
}

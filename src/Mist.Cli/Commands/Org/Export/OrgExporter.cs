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
    /// <summary>Sites read ahead of the one being written, as a multiple of those in flight: enough to keep every slot busy.</summary>
    private const int ReadAhead = 4;

    /// <summary>The whole export in memory (what apply and diff compare).</summary>
    public async Task<JsonObject> ExportAsync(Guid orgId, DateTimeOffset now, string? host, bool includeSecrets, CancellationToken cancellationToken)
    {
        var sink = new ExportDocumentSink();
        await ExportAsync(orgId, now, host, includeSecrets, sink, cancellationToken).ConfigureAwait(false);
        return sink.Document;
    }

    /// <summary>
    /// Reads the org into <paramref name="sink"/> in the document's order: the org's parts first, then each site in
    /// name order as soon as it and those before it are read (at most <c>concurrency</c> sites in flight), then the
    /// devices (sorted by MAC across sites, so they are held until the last site) and the inventory.
    /// </summary>
    public async Task<ExportCounts> ExportAsync(Guid orgId, DateTimeOffset now, string? host, bool includeSecrets, ExportSink sink, CancellationToken cancellationToken)
    {
        var org = await GetAsync($"orgs/{orgId:D}", cancellationToken).ConfigureAwait(false);
        var orgSetting = await GetAsync($"orgs/{orgId:D}/setting", cancellationToken).ConfigureAwait(false);
        var orgObjects = await ReadCollectionsAsync("Exporting org objects", ConfigCollectionTable.Org(), orgId, cancellationToken).ConfigureAwait(false);
        var sites = SortBy(await ListAsync(() => new MistRequest(HttpMethod.Get, $"orgs/{orgId:D}/sites"), cancellationToken).ConfigureAwait(false), "name");
        var inventory = SortBy(await ListAsync(() => new MistRequest(HttpMethod.Get, $"orgs/{orgId:D}/inventory?type=all"), cancellationToken).ConfigureAwait(false), "mac");
        // A site without an assigned device is not asked for its devices: one request fewer per empty site.
        var withDevices = inventory.Select(i => ConfigJson.Text(i["site_id"])).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!includeSecrets)
        {
            foreach (var part in new JsonNode[] { org, orgSetting, orgObjects })
            {
                ExportFormat.ReplaceSecrets(part);
            }
        }

        sink.Property("format", ExportFormat.Format);
        sink.Property("version", ExportFormat.Version);
        sink.Property("exported_at", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        sink.Property("host", host ?? client.Cloud.BaseAddress.Authority);
        sink.Property("secrets", includeSecrets ? "included" : "omitted");
        sink.Property("server_managed_fields", new JsonObject
        {
            ["all"] = new JsonArray([.. ExportFormat.ServerManaged.Select(f => (JsonNode)f)]),
            ["devices"] = new JsonArray([.. ExportFormat.DeviceReadOnly.Select(f => (JsonNode)f)]),
        });
        sink.Property("org", org);
        sink.Property("org_setting", orgSetting);
        sink.Property("org_objects", orgObjects);
        sink.StartSites();
        var devices = new List<JsonObject>();
        await ReadSitesInOrderAsync(sites, withDevices, site =>
        {
            devices.AddRange(site.Devices);
            if (!includeSecrets)
            {
                ExportFormat.ReplaceSecrets(site.Site);
            }

            sink.Site(site.Site);
        }, cancellationToken).ConfigureAwait(false);
        sink.EndSites();

        devices = SortBy(devices, "mac");
        if (!includeSecrets)
        {
            foreach (var item in devices.Concat(inventory))
            {
                foreach (var field in ExportFormat.RemovedSecrets)
                {
                    item.Remove(field);
                }
            }

            foreach (var device in devices)
            {
                ExportFormat.ReplaceSecrets(device);
            }
        }

        sink.Property("devices", Array(devices));
        sink.Property("inventory", Array(inventory));
        return new ExportCounts(sites.Count, devices.Count, inventory.Count);
    }

    private sealed record SiteRead(JsonObject Site, List<JsonObject> Devices);

    /// <summary>
    /// Each site with its setting, its objects and its devices, handed to <paramref name="write"/> in the sites' order
    /// while the next ones are read: at most <c>concurrency</c> sites in flight, and only a few read ahead of the one
    /// being written, so memory holds a handful of sites, never the org. The first site that cannot be read (in
    /// order) stops the export: the ones in flight are cancelled and nothing more is written.
    /// </summary>
    private async Task ReadSitesInOrderAsync(List<JsonObject> sites, HashSet<string> withDevices, Action<SiteRead> write, CancellationToken cancellationToken)
    {
        var siteCollections = ConfigCollectionTable.Site().OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var progress = new BulkProgress(console, "Exporting sites", sites.Count);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(concurrency);
        var window = new Queue<(JsonObject Site, Task<SiteRead> Read)>();
        var next = 0;
        try
        {
            while (next < sites.Count || window.Count > 0)
            {
                while (next < sites.Count && window.Count < concurrency * ReadAhead)
                {
                    var site = sites[next++];
                    window.Enqueue((site, ReadSiteAsync(site)));
                }

                var (current, read) = window.Dequeue();
                SiteRead result;
                try
                {
                    result = await read.ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw CliException.Cancelled("Cancelled; nothing was written.");
                }
                catch (Exception e) when (e is not OutOfMemoryException and not CliException)
                {
                    throw new CliException(
                        $"Could not read site {(string?)current["name"]} ({(string?)current["id"]}): {ErrorReporter.Describe(e).Message} Nothing was written.",
                        ExitCodes.Failure);
                }

                progress.Advance(1, failed: false);
                write(result);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            // Let the reads still in flight end (cancelled) before the gate they hold is disposed.
            foreach (var (_, read) in window)
            {
                await ((Task)read).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            progress.Clear();
        }

        async Task<SiteRead> ReadSiteAsync(JsonObject site)
        {
            await gate.WaitAsync(stop.Token).ConfigureAwait(false);
            try
            {
                var token = stop.Token;
                var id = (string)site["id"]!;
                var setting = await GetAsync($"sites/{id}/setting", token).ConfigureAwait(false);
                var devices = withDevices.Contains(id)
                    ? await ListAsync(() => new MistRequest(HttpMethod.Get, $"sites/{id}/devices?type=all"), token).ConfigureAwait(false)
                    : [];
                var objects = new JsonObject();
                foreach (var collection in siteCollections)
                {
                    var items = await ListAsync(() => collection.Operations.List.CreateRequest(id), token).ConfigureAwait(false);
                    objects[collection.Key] = Array(SortBy(items, collection.NameField));
                }

                site["setting"] = setting;
                site["objects"] = objects;
                return new SiteRead(site, devices);
            }
            finally
            {
                gate.Release();
            }
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

/// <summary>What an export held: the figures its closing line gives.</summary>
internal sealed record ExportCounts(int Sites, int Devices, int Inventory)
{
    public override string ToString() => $"{Sites} site(s), {Devices} device(s), {Inventory} inventory item(s)";
}

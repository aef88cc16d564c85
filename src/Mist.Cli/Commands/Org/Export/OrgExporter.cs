using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Org.Export;

/// <summary>
/// Reads everything an org export holds with raw GETs, so each object keeps the keys Mist returned in Mist's order
/// (the SDK's models would reorder them and drop nothing but format differently), then sorts the lists by id or MAC:
/// two exports of an unchanged org are then identical apart from the time. A part that cannot be read fails the
/// export: a document silently missing a site would be worse than none.
/// </summary>
internal sealed class OrgExporter(MistClient client, CliConsole console, int concurrency)
{
    public const string Format = "mist-org-export";
    public const int Version = 1;

    /// <summary>
    /// The fields that let their reader take over a device (a claim code claims it into any org): left out of the
    /// document unless the caller asks for secrets.
    /// </summary>
    public static readonly IReadOnlyList<string> SecretFields = ["magic"];

    public async Task<JsonObject> ExportAsync(Guid orgId, DateTimeOffset now, string? host, bool includeSecrets, CancellationToken cancellationToken)
    {
        var org = await GetAsync($"orgs/{orgId:D}", cancellationToken).ConfigureAwait(false);
        var sites = SortBy(await ListAsync($"orgs/{orgId:D}/sites", cancellationToken).ConfigureAwait(false), "id");
        var run = await new BulkRunner(console, concurrency).RunAsync(
            "Exporting sites",
            sites,
            async (site, token) =>
            {
                var id = (string?)site["id"];
                var setting = await GetAsync($"sites/{id}/setting", token).ConfigureAwait(false);
                var devices = await ListAsync($"sites/{id}/devices?type=all", token).ConfigureAwait(false);
                return (setting, devices);
            },
            cancellationToken).ConfigureAwait(false);
        Check(run, sites);

        var devices = new List<JsonObject>();
        for (var i = 0; i < sites.Count; i++)
        {
            sites[i]["setting"] = run.Slots[i].Result.setting;
            devices.AddRange(run.Slots[i].Result.devices);
        }

        var inventory = await ListAsync($"orgs/{orgId:D}/inventory?type=all", cancellationToken).ConfigureAwait(false);
        if (!includeSecrets)
        {
            foreach (var item in devices.Concat(inventory))
            {
                foreach (var field in SecretFields)
                {
                    item.Remove(field);
                }
            }
        }

        return new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["exported_at"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["host"] = host ?? client.Cloud.BaseAddress.Authority,
            ["secrets"] = includeSecrets ? "included" : "omitted",
            ["org"] = org,
            ["sites"] = Array(sites),
            ["devices"] = Array(SortBy(devices, "mac")),
            ["inventory"] = Array(SortBy(inventory, "mac")),
        };
    }

    private static void Check(BulkRun<(JsonObject, List<JsonObject>)> run, List<JsonObject> sites)
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
                $"Could not read {failed.Count} of {sites.Count} site(s), such as {(string?)sites[index]["name"]} ({(string?)sites[index]["id"]}): {slot.Reason} Nothing was written.",
                ExitCodes.Failure);
        }
    }

    private async Task<JsonObject> GetAsync(string path, CancellationToken cancellationToken)
    {
        var response = await IdempotentRetry.RunAsync(t => client.SendAsync(new MistRequest(HttpMethod.Get, path), t), cancellationToken).ConfigureAwait(false);
        return JsonNode.Parse(response.Text) as JsonObject ?? throw new CliException($"GET {path} did not answer a JSON object.", ExitCodes.Failure);
    }

    private async Task<List<JsonObject>> ListAsync(string path, CancellationToken cancellationToken)
    {
        // A failed page fails the whole listing (never a partial list); the listing is then read again from the start.
        return await IdempotentRetry.RunAsync(
            async t =>
            {
                var items = new List<JsonObject>();
                await foreach (var element in client.GetAllAsync(new MistRequest(HttpMethod.Get, path)).WithCancellation(t).ConfigureAwait(false))
                {
                    items.Add(JsonNode.Parse(element.GetRawText()) as JsonObject ?? []);
                }

                return items;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static List<JsonObject> SortBy(List<JsonObject> items, string key) =>
        [.. items.OrderBy(i => (string?)i[key], StringComparer.Ordinal)];

    private static JsonArray Array(IEnumerable<JsonObject> items) => [.. items.Select(i => (JsonNode)i)];
}

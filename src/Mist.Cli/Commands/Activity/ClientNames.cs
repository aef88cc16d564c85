using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// Adds what a client record lacks for people: <c>site_name</c>, <c>ap_name</c> and, for connected clients,
/// <c>rssi</c> and <c>snr</c>. The org's sites are listed once; each site met is read once (its APs' names and its
/// connected clients' stats: two requests), so a page costs nothing more once its sites were seen.
/// </summary>
internal sealed class ClientNames(MistClient client, Guid orgId)
{
    private readonly Dictionary<string, string?> _apNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonNode? Rssi, JsonNode? Snr)> _signal = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sitesRead = new(StringComparer.Ordinal);
    private Dictionary<string, string?>? _siteNames;

    public async Task EnrichAsync(IReadOnlyList<JsonObject> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (_siteNames is null)
        {
            _siteNames = new(StringComparer.Ordinal);
            await foreach (var site in client.Sites.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                _siteNames[site.Id.ToString()] = site.Name;
            }
        }

        foreach (var siteId in rows.Select(r => (string?)r["site_id"]).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (_sitesRead.Add(siteId))
            {
                await ReadSiteAsync(siteId, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var row in rows)
        {
            var siteId = (string?)row["site_id"];
            row["site_name"] = siteId is not null && _siteNames.TryGetValue(siteId, out var siteName) ? siteName : null;
            var ap = Text(row["ap_mac"]) ?? Text(row["last_ap"]);
            row["ap_name"] = ap is not null && _apNames.TryGetValue(ap, out var apName) ? apName : null;
            if (row["rssi"] is null && Text(row["mac"]) is { } mac && _signal.TryGetValue(mac, out var signal))
            {
                row["rssi"] = signal.Rssi?.DeepClone();
                row["snr"] = signal.Snr?.DeepClone();
            }
        }
    }

    private async Task ReadSiteAsync(string siteId, CancellationToken cancellationToken)
    {
        var aps = MistOperations.ListSiteDevicesStats.CreateRequest(siteId).AddQuery("type", "ap").AddQuery("limit", "1000");
        await foreach (var ap in client.GetAllAsync(aps).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (ap.TryGetProperty("mac", out var mac) && mac.ValueKind == JsonValueKind.String)
            {
                _apNames[mac.GetString()!] = ap.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            }
        }

        var clients = MistOperations.ListSiteWirelessClientsStats.CreateRequest(siteId).AddQuery("limit", "1000");
        var response = await client.SendAsync(clients, cancellationToken).ConfigureAwait(false);
        if (JsonNode.Parse(response.Text) is JsonArray stats)
        {
            foreach (var stat in stats.OfType<JsonObject>())
            {
                if (Text(stat["mac"]) is { } mac)
                {
                    _signal[mac] = (stat["rssi"], stat["snr"]);
                }
            }
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}

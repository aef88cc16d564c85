using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>
/// What an agent asks of a device first: is it up, what firmware, what address, on which site. Read from device
/// stats and joined to inventory items by MAC: one stats request for a page on one site
/// (<c>GET /sites/{site_id}/stats/devices</c>), otherwise one org-wide request (<c>GET /orgs/{org_id}/stats/devices</c>,
/// 1,000 devices) and one per site for devices it did not cover; site names from one cached site listing.
/// </summary>
internal sealed class DeviceHealth(MistConnection connection)
{
    /// <summary>The fields this adds to a device: Mist's stats names, plus the site's name.</summary>
    public static readonly string[] Fields = ["status", "version", "ip", "site_name"];

    private const int StatsPageSize = 1000;

    /// <summary>Adds <see cref="Fields"/> to each item (matched by <c>mac</c>); a device without stats gets none.</summary>
    public async Task AddToAsync(Guid orgId, IReadOnlyList<JsonObject> items, CancellationToken cancellationToken)
    {
        var macs = items.Select(i => (string?)i["mac"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (macs.Count == 0)
        {
            return;
        }

        var sites = items.Select(i => (string?)i["site_id"]).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var stats = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (sites.Count == 1)
        {
            await ReadAsync($"sites/{sites[0]}/stats/devices", stats, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ReadAsync($"orgs/{orgId}/stats/devices", stats, cancellationToken).ConfigureAwait(false);
            var uncovered = items.Where(i => (string?)i["mac"] is { } mac && !stats.ContainsKey(mac)).Select(i => (string?)i["site_id"]).OfType<string>().Distinct(StringComparer.Ordinal);
            foreach (var site in uncovered)
            {
                await ReadAsync($"sites/{site}/stats/devices", stats, cancellationToken).ConfigureAwait(false);
            }
        }

        var names = await connection.SiteNamesAsync(orgId, cancellationToken).ConfigureAwait(false);
        if (sites.Any(s => !names.ContainsKey(s)))
        {
            // A site created since the names were read.
            names = await connection.SiteNamesAsync(orgId, cancellationToken, refresh: true).ConfigureAwait(false);
        }

        foreach (var item in items)
        {
            Join(item, (string?)item["mac"] is { } mac && stats.TryGetValue(mac, out var found) ? found : null, names);
        }
    }

    /// <summary>One device's whole stats object (<c>GET /sites/{site_id}/stats/devices/{device_id}</c>).</summary>
    public async Task<JsonElement> OneAsync(Guid siteId, Guid deviceId, CancellationToken cancellationToken)
    {
        var response = await connection.Client.SendAsync(new MistRequest(HttpMethod.Get, $"sites/{siteId}/stats/devices/{deviceId}"), cancellationToken).ConfigureAwait(false);
        return response.ReadJson() ?? default;
    }

    /// <summary>Adds <see cref="Fields"/> from <paramref name="stats"/> and the site's name to <paramref name="item"/>.</summary>
    public static void Join(JsonObject item, JsonElement? stats, IReadOnlyDictionary<string, string> siteNames)
    {
        if (stats is { ValueKind: JsonValueKind.Object } found)
        {
            foreach (var field in new[] { "status", "version", "ip" })
            {
                if (found.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    item[field] = value.GetString();
                }
            }
        }

        if ((string?)item["site_id"] is { } siteId && siteNames.TryGetValue(siteId, out var name))
        {
            item["site_name"] = name;
        }
    }

    private async Task ReadAsync(string path, Dictionary<string, JsonElement> into, CancellationToken cancellationToken)
    {
        var request = new MistRequest(HttpMethod.Get, path).AddQuery("type", "all").AddQuery("limit", StatsPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = await connection.Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.ReadJson() is { ValueKind: JsonValueKind.Array } rows)
        {
            foreach (var row in rows.EnumerateArray())
            {
                if (row.TryGetProperty("mac", out var mac) && mac.GetString() is { } key)
                {
                    into[key] = row;
                }
            }
        }
    }
}

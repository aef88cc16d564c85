using System.Text.Json.Nodes;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Device;

/// <summary>
/// Health from device stats, joined to inventory rows by MAC: <c>status</c>, <c>version</c>, <c>ip</c>,
/// <c>uptime</c> (seconds), <c>num_clients</c> and <c>last_seen</c> (epoch seconds). Read once, with every type, in
/// pages of 1,000 (<c>GET /orgs/{org_id}/stats/devices</c>, or the site's when the list is for one site), so a list
/// costs at most one stats request per 1,000 devices.
/// </summary>
internal sealed class DeviceHealth
{
    public static readonly string[] Fields = ["status", "version", "ip", "uptime", "num_clients", "last_seen"];

    private readonly Dictionary<string, DeviceStats> _byMac;

    private DeviceHealth(Dictionary<string, DeviceStats> byMac) => _byMac = byMac;

    public static async Task<DeviceHealth> ReadAsync(MistSession session, Guid orgId, Guid? siteId, CancellationToken cancellationToken)
    {
        var stats = siteId is { } site
            ? session.Client.Devices.ListSiteStatsAsync(site, DeviceType.All)
            : session.Client.Devices.ListStatsAsync(orgId, DeviceType.All);
        var byMac = new Dictionary<string, DeviceStats>(StringComparer.Ordinal);
        await foreach (var s in stats.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (s.Mac is { } mac)
            {
                // Held for the whole list (100,000 devices: 100,000 entries): the fields Mist.Client does not model
                // (a JsonElement each) are never shown here, and dropping them keeps the held stats small.
                s.AdditionalProperties = null;
                byMac[mac] = s;
            }
        }

        return new DeviceHealth(byMac);
    }

    public DeviceStats? Of(string? mac) => mac is not null && _byMac.TryGetValue(mac, out var s) ? s : null;

    /// <summary>Adds <see cref="Fields"/> to <paramref name="row"/>; a device without stats gets its status from <c>connected</c>.</summary>
    public void AddTo(JsonObject row) => AddTo(row, Of((string?)row["mac"]), row["connected"]?.GetValue<bool>() == true);

    /// <summary>Adds <see cref="Fields"/> from one device's stats (null: none, the status then follows <paramref name="connected"/>).</summary>
    public static void AddTo(JsonObject row, DeviceStats? stats, bool connected)
    {
        row["status"] = stats?.Status ?? (connected ? "connected" : "disconnected");
        row["version"] = stats?.Version;
        row["ip"] = stats?.Ip;
        row["uptime"] = stats?.Uptime;
        row["num_clients"] = stats?.NumClients;
        row["last_seen"] = stats?.LastSeen;
    }
}

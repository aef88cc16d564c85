using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>
/// A wireless client as stored: where it is associated (site, AP, WLAN, band), what it reports (IP, hostname,
/// username for 802.1X clients) and its signal. A disconnected client keeps its last association for searches.
/// </summary>
internal sealed record ClientRow(
    string Mac,
    string OrgId,
    string SiteId,
    string ApId,
    string ApMac,
    string WlanId,
    string Ssid,
    string Band,
    int Channel,
    string Ip,
    string Hostname,
    string? Username,
    string Os,
    string Manufacture,
    double Rssi,
    double Snr,
    bool Connected,
    double AssocTime,
    double LastSeen)
{
    public const string Columns =
        "mac, org_id, site_id, ap_id, ap_mac, wlan_id, ssid, band, channel, ip, hostname, username, os, manufacture, " +
        "rssi, snr, connected, assoc_time, last_seen";

    public static ClientRow Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetString(7), r.GetInt32(8), r.GetString(9), r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11),
        r.GetString(12), r.GetString(13), r.GetDouble(14), r.GetDouble(15), r.GetInt64(16) != 0, r.GetDouble(17),
        r.GetDouble(18));

    /// <summary>Inserts or replaces the row (the MAC is the key).</summary>
    public static void Save(SqliteConnection c, ClientRow row)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"""
            INSERT OR REPLACE INTO clients ({Columns}) VALUES (@mac, @org_id, @site_id, @ap_id, @ap_mac, @wlan_id, @ssid,
                @band, @channel, @ip, @hostname, @username, @os, @manufacture, @rssi, @snr, @connected, @assoc_time, @last_seen)
            """;
        object?[] values =
        [
            row.Mac, row.OrgId, row.SiteId, row.ApId, row.ApMac, row.WlanId, row.Ssid, row.Band, row.Channel, row.Ip,
            row.Hostname, row.Username, row.Os, row.Manufacture, row.Rssi, row.Snr, row.Connected ? 1 : 0, row.AssocTime,
            row.LastSeen,
        ];
        var names = Columns.Split(", ");
        for (var i = 0; i < names.Length; i++)
        {
            command.Parameters.AddWithValue("@" + names[i], values[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}

namespace Mist.Simulator.State;

/// <summary>A device as stored: identity, placement, live state, and the config fields clients set (JSON).</summary>
internal sealed record DeviceRow(
    string Id,
    string Mac,
    string Serial,
    string Model,
    string Sku,
    string HwRev,
    string Type,
    string Magic,
    string? OrgId,
    string? SiteId,
    string? Name,
    bool Connected,
    bool Locating,
    string Ip,
    string ExtIp,
    string Version,
    double BootedAt,
    double LastSeen,
    double CreatedTime,
    double ModifiedTime,
    string Config)
{
    public const string Columns =
        "id, mac, serial, model, sku, hw_rev, type, magic, org_id, site_id, name, connected, locating, ip, ext_ip, " +
        "version, booted_at, last_seen, created_time, modified_time, config";

    /// <summary>Mist's device id form: <c>00000000-0000-0000-1000-&lt;mac&gt;</c>.</summary>
    public static string IdFor(string mac) => "00000000-0000-0000-1000-" + mac;

    public static DeviceRow Read(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9),
        r.IsDBNull(10) ? null : r.GetString(10), r.GetInt64(11) != 0, r.GetInt64(12) != 0, r.GetString(13),
        r.GetString(14), r.GetString(15), r.GetDouble(16), r.GetDouble(17), r.GetDouble(18), r.GetDouble(19),
        r.GetString(20));
}

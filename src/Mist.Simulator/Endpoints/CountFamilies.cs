using Mist.Simulator.Http;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// The <c>distinct</c> enums of the count operations (spec 2509.1.2, defaults as there) and the column or JSON field
/// each reads. Fields the simulator does not store (LLDP, mxedge, client device/model/vlan, ...) are accepted and
/// count no rows. <c>countOrgAlarms</c> gives <c>distinct</c> no enum in the spec: it takes the site count's
/// (<c>alarm_count_distinct</c>) plus <c>site_id</c>, the spec's example.
/// </summary>
internal static class CountFamilies
{
    public static readonly CountFamily Sites = new(
        "id",
        ("id", "sites.id"),
        ("name", "sites.name"),
        ("country_code", "sites.country_code"),
        ("analytic_enabled", Setting("analytic.enabled", false)),
        ("app_waking", Setting("rtsa.app_waking", false)),
        ("asset_enabled", Setting("rtsa.track_asset", false)),
        ("auto_upgrade_enabled", Setting("auto_upgrade.enabled", false)),
        ("auto_upgrade_version", "coalesce(json_extract(site_settings.data, '$.auto_upgrade.version'), 'stable')"),
        ("honeypot_enabled", Setting("rogue.honeypot_enabled", false)),
        ("locate_unconnected", Setting("wifi.locate_unconnected", false)),
        ("mesh_enabled", Setting("wifi.mesh_enabled", false)),
        ("remote_syslog_enabled", Setting("remote_syslog.enabled", false)),
        ("rogue_enabled", Setting("rogue.enabled", false)),
        ("rtsa_enabled", Setting("rtsa.enabled", false)),
        ("vna_enabled", Setting("vna.enabled", false)),
        ("wifi_enabled", Setting("wifi.enabled", true)));

    public static readonly CountFamily OrgDevices = new(
        "model",
        ("hostname", "name"), ("ip", "ip"), ("mac", "mac"), ("model", "model"), ("site_id", "site_id"), ("version", "version"),
        ("lldp_mgmt_addr", null), ("lldp_port_id", null), ("lldp_system_desc", null), ("lldp_system_name", null),
        ("mxedge_id", null), ("mxtunnel_status", null));

    public static readonly CountFamily SiteDevices = new(
        "model",
        ("hostname", "name"), ("model", "model"), ("version", "version"), ("map_id", "json_extract(config, '$.map_id')"),
        ("lldp_mgmt_addr", null), ("lldp_port_id", null), ("lldp_system_desc", null), ("lldp_system_name", null),
        ("mxedge_id", null), ("mxtunnel_status", null));

    public static readonly CountFamily Inventory = new(
        "model",
        ("model", "model"), ("site_id", "site_id"), ("sku", "sku"), ("version", "version"),
        ("status", "CASE WHEN site_id IS NOT NULL AND connected = 1 THEN 'connected' ELSE 'disconnected' END"));

    public static readonly CountFamily OrgClients = new(
        "device",
        ("ap", "ap_mac"), ("hostname", "hostname"), ("ip", "ip"), ("mac", "mac"), ("os", "os"), ("ssid", "ssid"),
        ("device", null), ("model", null), ("vlan", null));

    public static readonly CountFamily SiteClients = new(
        "device",
        ("ap", "ap_mac"), ("hostname", "hostname"), ("ip", "ip"), ("os", "os"), ("ssid", "ssid"),
        ("device", null), ("model", null), ("vlan", null));

    public static readonly CountFamily OrgDeviceEvents = new(
        "model",
        ("ap", "json_extract(data, '$.ap')"), ("apfw", "json_extract(data, '$.apfw')"), ("model", DeviceModel),
        ("org_id", "org_id"), ("site_id", "site_id"), ("text", "json_extract(data, '$.text')"), ("timestamp", Timestamp),
        ("type", "type"));

    public static readonly CountFamily SiteDeviceEvents = new(
        "model",
        ("mac", "mac"), ("model", DeviceModel), ("type", "type"), ("type_code", null));

    public static readonly CountFamily SiteAlarms = new(
        "type",
        ("acked", "CASE acked WHEN 1 THEN 'true' ELSE 'false' END"), ("group", "grp"), ("severity", "severity"), ("type", "type"));

    public static readonly CountFamily OrgAlarms = new(
        "type",
        ("acked", "CASE acked WHEN 1 THEN 'true' ELSE 'false' END"), ("group", "grp"), ("severity", "severity"), ("type", "type"),
        ("site_id", "site_id"));

    public static readonly CountFamily AuditLogs = new(
        "admin_name",
        ("admin_id", "json_extract(data, '$.admin_id')"), ("admin_name", "admin_name"), ("message", "message"), ("site_id", "site_id"));

    /// <summary><c>countOrgWirelessClientEvents</c> has no default in the spec: <c>type</c>, its first filter.</summary>
    public static readonly CountFamily OrgClientEvents = new(
        "type",
        ("band", "json_extract(data, '$.band')"), ("channel", "json_extract(data, '$.channel')"),
        ("proto", "CASE json_extract(data, '$.band') WHEN '24' THEN 'n' ELSE 'ax' END"), ("ssid", "json_extract(data, '$.ssid')"),
        ("type", "type"), ("wlan_id", "json_extract(data, '$.wlan_id')"));

    // Events record the device's MAC; its model is the device's.
    private const string DeviceModel = "(SELECT model FROM devices WHERE devices.mac = events.mac)";

    // Whole seconds without a trailing ".0", fractions as stored.
    private const string Timestamp = "CASE WHEN timestamp = CAST(timestamp AS INTEGER) THEN CAST(CAST(timestamp AS INTEGER) AS TEXT) ELSE CAST(timestamp AS TEXT) END";

    private static string Setting(string path, bool fallback) =>
        $"CASE coalesce(json_extract(site_settings.data, '$.{path}'), {(fallback ? 1 : 0)}) WHEN 1 THEN 'true' ELSE 'false' END";
}

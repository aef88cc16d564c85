using Mist.Cli.Output;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// How clients, events, alarms and audit log entries are shown: Mist's fields (from the spec, so <c>--fields</c>
/// naming nothing Mist sends is refused before a request), plus what the commands add: <c>time</c> (ISO 8601 of
/// <c>timestamp</c> or <c>last_seen</c>) and names for ids.
/// </summary>
internal static class ActivityViews
{
    public static readonly ResourceView ClientStats = new(
        "client",
        With(SpecFields.StatsClient, "time", "ap_name", "connected"),
        ["mac", "hostname", "ip", "ssid", "band", "rssi", "snr", "ap_name", "username", "last_seen"]);

    public static readonly ResourceView ClientSearch = new(
        "client",
        // last_username: sent beside username by the live API (the spec names its schema but not the field).
        With(SpecFields.ClientSearch, "last_username", "time", "site_name", "ap_name", "rssi", "snr"),
        ["mac", "last_hostname", "last_ip", "site_name", "ap_name", "last_ssid", "band", "rssi", "snr", "last_username", "timestamp"]);

    /// <summary><c>client view</c>: live stats, or the last search record when the client is gone, with <c>connected</c>.</summary>
    public static readonly ResourceView ClientView = new(
        "client",
        With(ClientStats.Fields.Union(ClientSearch.Fields).ToHashSet(StringComparer.Ordinal), "connected", "site_name"),
        []);

    public static readonly ResourceView DeviceEvents = new("event", With(SpecFields.DeviceEvent, "time"), ["time", "type", "mac", "site_id", "text"]);

    public static readonly ResourceView ClientEvents = new("event", With(SpecFields.ClientEvent, "time"), ["time", "type", "ap", "ssid", "band", "text"]);

    public static readonly ResourceView Alarms = new("alarm", With(SpecFields.Alarm, "time"), ["time", "id", "type", "severity", "status", "acked", "hostnames", "site_id"]);

    public static readonly ResourceView AuditLogs = new("audit log entry", With(SpecFields.AuditLog, "time"), ["time", "admin_name", "message", "site_id"]);

    private static HashSet<string> With(IReadOnlySet<string> fields, params string[] added) => new(fields.Concat(added), StringComparer.Ordinal);
}

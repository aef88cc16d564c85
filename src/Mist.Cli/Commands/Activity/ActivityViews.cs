using Mist.Cli.Output;

namespace Mist.Cli.Commands.Activity;

/// <summary>How clients, events, alarms and audit log entries are shown: Mist's fields, plus <c>time</c> and names.</summary>
internal static class ActivityViews
{
    private static readonly HashSet<string> s_any = [];

    public static readonly ResourceView ClientStats = new("client", s_any, ["mac", "hostname", "ip", "ssid", "band", "rssi", "snr", "ap_name", "username", "last_seen"]);

    public static readonly ResourceView ClientSearch = new("client", s_any, ["mac", "last_hostname", "last_ip", "site_name", "ap_name", "last_ssid", "band", "rssi", "snr", "last_username", "timestamp"]);

    public static readonly ResourceView DeviceEvents = new("event", s_any, ["time", "type", "mac", "site_id", "text"]);

    public static readonly ResourceView ClientEvents = new("event", s_any, ["time", "type", "ap", "ssid", "band", "text"]);

    public static readonly ResourceView Alarms = new("alarm", s_any, ["time", "id", "type", "severity", "status", "acked", "hostnames", "site_id"]);

    public static readonly ResourceView AuditLogs = new("audit log entry", s_any, ["time", "admin_name", "message", "site_id"]);
}

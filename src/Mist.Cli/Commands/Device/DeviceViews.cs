using Mist.Cli.Output;

namespace Mist.Cli.Commands.Device;

/// <summary>
/// How device lists and records are shown. Lists are Mist's inventory records plus <c>site_name</c> (the name of
/// <c>site_id</c>, so that a table names the site rather than showing its id), and for <c>device list</c> any field
/// of the device configuration that <c>--fields</c> names.
/// </summary>
internal static class DeviceViews
{
    public const string SiteName = "site_name";

    private static readonly HashSet<string> s_listFields = new(SpecFields.Inventory.Append(SiteName), StringComparer.Ordinal);

    // A device list also takes the device configuration's fields (notes, x, y, map_id, ...), read per site when asked.
    // and the health read from device stats (status, version, ip, uptime, num_clients, last_seen).
    private static readonly HashSet<string> s_deviceListFields = new(s_listFields.Concat(SpecFields.Device).Concat(DeviceHealth.Fields), StringComparer.Ordinal);

    public static readonly ResourceView List = new(
        "device", s_deviceListFields, ["name", "mac", "model", "type", SiteName, "status", "version", "ip", "uptime", "num_clients", "last_seen"]);

    /// <summary><c>device stats</c>: the whole stats object, any field.</summary>
    public static readonly ResourceView Stats = ResourceView.Any with { Name = "device stats" };

    public static readonly ResourceView Inventory = new("inventory", s_listFields, ["mac", "serial", "model", "type", "name", SiteName, "connected"]);

    /// <summary><c>device view</c> shows the device's configuration, or its inventory record when it is on no site.</summary>
    public static readonly ResourceView Detail = new("device", new HashSet<string>(SpecFields.Device.Concat(SpecFields.Inventory).Concat(DeviceHealth.Fields), StringComparer.Ordinal), []);
}

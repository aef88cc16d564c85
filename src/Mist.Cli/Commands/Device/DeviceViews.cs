using Mist.Cli.Output;

namespace Mist.Cli.Commands.Device;

/// <summary>
/// How device lists and records are shown. Lists are Mist's inventory records plus <c>site_name</c> (the name of
/// <c>site_id</c>, so that a table names the site rather than showing its id).
/// </summary>
internal static class DeviceViews
{
    public const string SiteName = "site_name";

    private static readonly HashSet<string> s_listFields = new(SpecFields.Inventory.Append(SiteName), StringComparer.Ordinal);

    public static readonly ResourceView List = new("device", s_listFields, ["name", "mac", "serial", "model", "type", SiteName, "connected"]);

    public static readonly ResourceView Inventory = new("inventory", s_listFields, ["mac", "serial", "model", "type", "name", SiteName, "connected"]);

    /// <summary><c>device view</c> shows the device's configuration, or its inventory record when it is on no site.</summary>
    public static readonly ResourceView Detail = new("device", new HashSet<string>(SpecFields.Device.Concat(SpecFields.Inventory), StringComparer.Ordinal), []);
}

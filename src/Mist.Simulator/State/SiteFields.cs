namespace Mist.Simulator.State;

/// <summary>Fields the server owns on sites, settings and devices: clients cannot set them, and a PUT ignores them.</summary>
internal static class SiteFields
{
    public static readonly HashSet<string> ServerOwned = new(StringComparer.Ordinal)
    {
        "id", "org_id", "site_id", "created_time", "modified_time", "tzoffset", "msp_id", "for_site",
    };

    public static readonly HashSet<string> DeviceReadOnly = new(StringComparer.Ordinal)
    {
        "id", "org_id", "site_id", "created_time", "modified_time", "mac", "serial", "model", "type", "for_site",
    };
}

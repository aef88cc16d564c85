namespace Mist.Cli.Output;

/// <summary>How a kind of object is shown: the fields it can have (for <c>--fields</c>) and its default table columns.</summary>
internal sealed record ResourceView(string Name, IReadOnlySet<string> Fields, IReadOnlyList<string> Columns)
{
    public static readonly ResourceView Site = new("site", SpecFields.Site, ["name", "id", "timezone", "country_code", "address", "modified_time"]) { TableOrder = "name" };

    /// <summary>The result of <c>site create</c>: a site plus <c>created</c> (false when a site of that name existed).</summary>
    public static readonly ResourceView CreatedSite = Site with { Fields = new HashSet<string>(SpecFields.Site) { "created" } };

    public static readonly ResourceView Org = new("org", SpecFields.Org, ["name", "id", "role", "scope"]);

    public static readonly ResourceView Device = new("device", SpecFields.Device, ["name", "mac", "serial", "model", "type", "site_id", "modified_time"]);

    public static readonly ResourceView Inventory = new("inventory", SpecFields.Inventory, ["mac", "serial", "model", "type", "name", "site_id", "connected"]);

    /// <summary>
    /// A WLAN (<c>mist wlan</c>), plus <c>template</c> (the name of the org template of an org WLAN) and <c>created</c>
    /// (from <c>wlan create</c>: false when a WLAN of that SSID existed in the scope).
    /// </summary>
    public static readonly ResourceView Wlan = new("WLAN", new HashSet<string>(SpecFields.Wlan) { "template", "created" }, ["ssid", "id", "auth.type", "vlan_id", "bands", "enabled", "hide_ssid", "template"])
    {
        TableOrder = "ssid",
    };

    /// <summary>Any JSON (e.g. <c>mist api</c>): every field allowed, columns from the data.</summary>
    public static readonly ResourceView Any = new("result", new HashSet<string>(), []);

    public bool AcceptsAnyField => Fields.Count == 0;

    /// <summary>The field a table (for people) is sorted by, or none for Mist's order; machine formats keep Mist's order.</summary>
    public string? TableOrder { get; init; }

    /// <summary>The name of several: "sites", "inventory items".</summary>
    public string Plural => Name == "inventory" ? "inventory items" : Name + "s";
}

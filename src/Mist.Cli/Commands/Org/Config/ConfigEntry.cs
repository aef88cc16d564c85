using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Org.Config;

/// <summary>What an entry of an export is: the org, an org object, a site, a site's setting or object, a device or an inventory item.</summary>
internal enum ConfigKind
{
    Org,
    OrgSetting,
    OrgObject,
    Site,
    SiteSetting,
    SiteObject,
    Device,
    Inventory,
}

/// <summary>
/// One object of an export, with the address that matches it across orgs: <c>org/setting</c>, <c>org/wlans/Corp @ Branch</c>,
/// <c>site/Paris</c>, <c>site/Paris/setting</c>, <c>site/Paris/zones/Lobby</c>, <c>device/5c5b35000001</c>. Objects are
/// matched by name (a WLAN by its SSID and template, a device by its MAC), never by id.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Address">Its name-based address.</param>
/// <param name="Collection">The collection key (<c>wlans</c>) of an org or site object, else null.</param>
/// <param name="SiteName">The site of a site, site setting or site object, else null.</param>
/// <param name="Name">Its name (SSID, MAC) within its collection.</param>
/// <param name="Value">The object as exported.</param>
internal sealed record ConfigEntry(ConfigKind Kind, string Address, string? Collection, string? SiteName, string Name, JsonObject Value)
{
    public string? Id => ConfigJson.Text(Value["id"]);

    /// <summary>The address of the site this entry belongs to (<c>site/Paris</c>), or null for org-level entries.</summary>
    public string? SiteAddress => SiteName is null ? null : "site/" + SiteName;
}

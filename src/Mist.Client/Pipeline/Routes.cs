namespace Mist;

/// <summary>
/// Every route the typed sub-clients call. A test checks each against <c>spec/mist-openapi/mist.openapi.json</c>,
/// so a path or method the real API does not have cannot slip in.
/// </summary>
internal static class Routes
{
    public static readonly MistRoute GetSelf = new("GET", "/api/v1/self");
    public static readonly MistRoute GetSelfUsage = new("GET", "/api/v1/self/usage");
    public static readonly MistRoute ListMspOrgs = new("GET", "/api/v1/msps/{msp_id}/orgs");

    public static readonly MistRoute GetOrg = new("GET", "/api/v1/orgs/{org_id}");
    public static readonly MistRoute GetOrgStats = new("GET", "/api/v1/orgs/{org_id}/stats");

    public static readonly MistRoute ListOrgSites = new("GET", "/api/v1/orgs/{org_id}/sites");
    public static readonly MistRoute CreateOrgSite = new("POST", "/api/v1/orgs/{org_id}/sites");
    public static readonly MistRoute SearchOrgSites = new("GET", "/api/v1/orgs/{org_id}/sites/search");
    public static readonly MistRoute GetSite = new("GET", "/api/v1/sites/{site_id}");
    public static readonly MistRoute UpdateSite = new("PUT", "/api/v1/sites/{site_id}");
    public static readonly MistRoute DeleteSite = new("DELETE", "/api/v1/sites/{site_id}");
    public static readonly MistRoute GetSiteSetting = new("GET", "/api/v1/sites/{site_id}/setting");
    public static readonly MistRoute UpdateSiteSetting = new("PUT", "/api/v1/sites/{site_id}/setting");

    public static readonly MistRoute ListOrgDevices = new("GET", "/api/v1/orgs/{org_id}/devices");
    public static readonly MistRoute SearchOrgDevices = new("GET", "/api/v1/orgs/{org_id}/devices/search");
    public static readonly MistRoute ListSiteDevices = new("GET", "/api/v1/sites/{site_id}/devices");
    public static readonly MistRoute GetSiteDevice = new("GET", "/api/v1/sites/{site_id}/devices/{device_id}");
    public static readonly MistRoute UpdateSiteDevice = new("PUT", "/api/v1/sites/{site_id}/devices/{device_id}");
    public static readonly MistRoute RestartSiteDevice = new("POST", "/api/v1/sites/{site_id}/devices/{device_id}/restart");
    public static readonly MistRoute LocateSiteDevice = new("POST", "/api/v1/sites/{site_id}/devices/{device_id}/locate");
    public static readonly MistRoute UnlocateSiteDevice = new("POST", "/api/v1/sites/{site_id}/devices/{device_id}/unlocate");

    public static readonly MistRoute GetOrgInventory = new("GET", "/api/v1/orgs/{org_id}/inventory");
    public static readonly MistRoute AddOrgInventory = new("POST", "/api/v1/orgs/{org_id}/inventory");
    public static readonly MistRoute UpdateOrgInventory = new("PUT", "/api/v1/orgs/{org_id}/inventory");
}

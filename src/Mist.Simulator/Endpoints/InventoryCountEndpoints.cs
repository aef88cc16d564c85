using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Counts of the org's sites, devices and inventory (<c>count?distinct=...</c>), filtered as their searches filter
/// (the search's own filter code) and answered as <c>response_count</c>.
/// </summary>
internal static class InventoryCountEndpoints
{
    private const string SitesWithSettings = "sites JOIN site_settings ON site_settings.site_id = sites.id";

    public static RouteGroupBuilder MapInventoryCounts(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/sites/count", CountSites).WithName("countOrgSites");
        api.MapGet("/orgs/{org_id}/devices/count", (string org_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime) =>
            CountDevices(context.Request, new DeviceFilter { OrgId = org_id }, CountFamilies.OrgDevices, counts, runtime, allowSiteFilter: true)).WithName("countOrgDevices");
        api.MapGet("/sites/{site_id}/devices/count", (string site_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime) =>
            CountDevices(context.Request, new DeviceFilter { SiteId = site_id }, CountFamilies.SiteDevices, counts, runtime, allowSiteFilter: false)).WithName("countSiteDevices");
        api.MapGet("/orgs/{org_id}/inventory/count", CountInventory).WithName("countOrgInventory");
        return api;
    }

    private static IResult CountSites(string org_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime)
    {
        if (!CountRequest.TryParse(context.Request, runtime.Time.EpochSeconds(), CountFamilies.Sites, out var count, out var error))
        {
            return error!;
        }

        var (rows, total) = counts.Run(SitesWithSettings, SiteSearchEndpoints.Filter(org_id, context.Request), count!.Expression, count.Limit);
        return count.Respond(rows, total);
    }

    private static IResult CountDevices(HttpRequest request, DeviceFilter scope, CountFamily family, DistinctCount counts, SimulatorRuntime runtime, bool allowSiteFilter)
    {
        if (!CountRequest.TryParse(request, runtime.Time.EpochSeconds(), family, out var count, out var error) ||
            !DeviceSearch.TryGetFilter(request, scope, allowSiteFilter, out var filter, out error))
        {
            return error!;
        }

        var (rows, total) = counts.Run("devices", filter!.ToQuery(), count!.Expression, count.Limit);
        return count.Respond(rows, total);
    }

    private static IResult CountInventory(string org_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime)
    {
        if (!CountRequest.TryParse(context.Request, runtime.Time.EpochSeconds(), CountFamilies.Inventory, out var count, out var error) ||
            !InventorySearchEndpoints.TryGetFilter(org_id, context.Request, out var filter, out error))
        {
            return error!;
        }

        var (rows, total) = counts.Run("devices", filter!.ToQuery(), count!.Expression, count.Limit);
        return count.Respond(rows, total);
    }
}

using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Counts of what the simulated network reports (wireless clients, device and client events, alarms, the audit
/// log) in the time window, filtered as their searches filter (the search's own filter code) and answered as
/// <c>response_count</c>.
/// </summary>
internal static class ActivityCountEndpoints
{
    public static RouteGroupBuilder MapActivityCounts(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/clients/count", (string org_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime) =>
            CountClients(Org(org_id), context.Request, CountFamilies.OrgClients, counts, runtime, siteFilter: true)).WithName("countOrgWirelessClients");
        api.MapGet("/sites/{site_id}/clients/count", (string site_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime) =>
            CountClients(Site(site_id), context.Request, CountFamilies.SiteClients, counts, runtime, siteFilter: false)).WithName("countSiteWirelessClients");
        api.MapGet("/orgs/{org_id}/devices/events/count", (string org_id, HttpContext context, DistinctCount counts, UpgradeStore upgrades, SimulatorRuntime runtime) =>
            CountDeviceEvents(Org(org_id), context.Request, CountFamilies.OrgDeviceEvents, counts, upgrades, runtime, siteFilter: true)).WithName("countOrgDeviceEvents");
        api.MapGet("/sites/{site_id}/devices/events/count", (string site_id, HttpContext context, DistinctCount counts, UpgradeStore upgrades, SimulatorRuntime runtime) =>
            CountDeviceEvents(Site(site_id), context.Request, CountFamilies.SiteDeviceEvents, counts, upgrades, runtime, siteFilter: false)).WithName("countSiteDeviceEvents");
        api.MapGet("/orgs/{org_id}/alarms/count", (string org_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime) =>
            CountAlarms(Org(org_id), context.Request, CountFamilies.OrgAlarms, counts, runtime, siteFilter: true)).WithName("countOrgAlarms");
        api.MapGet("/sites/{site_id}/alarms/count", (string site_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime) =>
            CountAlarms(Site(site_id), context.Request, CountFamilies.SiteAlarms, counts, runtime, siteFilter: false)).WithName("countSiteAlarms");
        api.MapGet("/orgs/{org_id}/logs/count", CountAuditLogs).WithName("countOrgAuditLogs");
        api.MapGet("/orgs/{org_id}/clients/events/count", CountClientEvents).WithName("countOrgWirelessClientEvents");
        return api;
    }

    private static SqlQuery Org(string orgId) => new SqlQuery().Where("org_id = @org_id", ("@org_id", orgId));

    private static SqlQuery Site(string siteId) => new SqlQuery().Where("site_id = @site_id", ("@site_id", siteId));

    private static IResult CountClients(SqlQuery query, HttpRequest request, CountFamily family, DistinctCount counts, SimulatorRuntime runtime, bool siteFilter)
    {
        if (!CountRequest.TryParse(request, runtime.Time.EpochSeconds(), family, out var count, out var error) ||
            !ClientEndpoints.TryFilter(query, request, count!.Window, siteFilter, out error))
        {
            return error!;
        }

        var (rows, total) = counts.Run("clients", query, count.Expression, count.Limit);
        return count.Respond(rows, total);
    }

    private static IResult CountDeviceEvents(
        SqlQuery query, HttpRequest request, CountFamily family, DistinctCount counts, UpgradeStore upgrades, SimulatorRuntime runtime, bool siteFilter)
    {
        // Upgrades that finished since the last read record their UPGRADED events first, as for the search.
        upgrades.Settle(runtime.Time.EpochSeconds(), runtime.Options.Firmware);
        if (!CountRequest.TryParse(request, runtime.Time.EpochSeconds(), family, out var count, out var error) ||
            !EventEndpoints.TryFilterDeviceEvents(query, request, count!.Window, out error))
        {
            return error!;
        }

        if (siteFilter && Query.Get(request, "site_id") is { } siteId) query.Where("site_id = @site_filter", ("@site_filter", siteId));
        var (rows, total) = counts.Run("events", query, count.Expression, count.Limit);
        return count.Respond(rows, total);
    }

    private static IResult CountAlarms(SqlQuery query, HttpRequest request, CountFamily family, DistinctCount counts, SimulatorRuntime runtime, bool siteFilter)
    {
        if (!CountRequest.TryParse(request, runtime.Time.EpochSeconds(), family, out var count, out var error) ||
            !AlarmEndpoints.TryFilter(query, request, count!.Window, siteFilter, out error))
        {
            return error!;
        }

        var (rows, total) = counts.Run("alarms", query, count.Expression, count.Limit);
        return count.Respond(rows, total);
    }

    private static IResult CountAuditLogs(string org_id, HttpContext context, DistinctCount counts, SimulatorRuntime runtime)
    {
        if (!CountRequest.TryParse(context.Request, runtime.Time.EpochSeconds(), CountFamilies.AuditLogs, out var count, out var error))
        {
            return error!;
        }

        var (rows, total) = counts.Run("audit_logs", AuditLogEndpoints.Filter(org_id, context.Request, count!.Window), count.Expression, count.Limit);
        return count.Respond(rows, total);
    }

    /// <summary>
    /// The wireless client events of the org (roams, connections) in the window; filters <c>type</c> (comma-separated),
    /// <c>ssid</c>, <c>band</c>, <c>wlan_id</c>, <c>site_id</c> and <c>ap</c>. The simulator serves no org search of
    /// them, so these filters are the count's own.
    /// </summary>
    private static IResult CountClientEvents(string org_id, HttpContext context, DistinctCount counts, ClientRoamer roamer, SimulatorRuntime runtime)
    {
        // The roams due by now are events too.
        roamer.Settle();
        var request = context.Request;
        if (!CountRequest.TryParse(request, runtime.Time.EpochSeconds(), CountFamilies.OrgClientEvents, out var count, out var error))
        {
            return error!;
        }

        var query = Org(org_id).Where("kind = 'client'").InWindow("timestamp", count!.Window);
        if (Query.Get(request, "type") is { } types) query.WhereIn("type", types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (Query.Get(request, "site_id") is { } siteId) query.Where("site_id = @site_filter", ("@site_filter", siteId));
        if (Query.Get(request, "ssid") is { } ssid) query.Where("json_extract(data, '$.ssid') = @ssid", ("@ssid", ssid));
        if (Query.Get(request, "wlan_id") is { } wlanId) query.Where("json_extract(data, '$.wlan_id') = @wlan_id", ("@wlan_id", wlanId));
        if (Query.Get(request, "band") is { } band)
        {
            if (band is not ("24" or "5" or "6"))
            {
                return ApiResults.BadRequest($"invalid band: {band} (24, 5 or 6)");
            }

            query.Where("json_extract(data, '$.band') = @band", ("@band", band));
        }

        if (Query.Get(request, "ap") is { } ap)
        {
            if (!MacAddress.TryNormalize(ap, out var apMac))
            {
                return ApiResults.BadRequest($"invalid ap: {ap} (12 hex digits are expected)");
            }

            query.Where("json_extract(data, '$.ap') = @ap", ("@ap", apMac));
        }

        var (rows, total) = counts.Run("events", query, count.Expression, count.Limit);
        return count.Respond(rows, total);
    }
}

using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Device events (org and site searches: <c>mac</c>, <c>device_type</c>, <c>type</c> (comma-separated), <c>text</c>)
/// and a wireless client's events (<c>/sites/{site_id}/clients/{client_mac}/events</c>, paged with <c>page</c>), in
/// the time window. Events are what <see cref="ActivityLog"/> recorded: seeded history and every simulated action.
/// </summary>
internal static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/devices/events/search", (string org_id, HttpContext context, DocumentSearch search, UpgradeStore upgrades, SimulatorRuntime runtime) =>
            SearchDeviceEvents(new SqlQuery().Where("org_id = @org_id", ("@org_id", org_id)), context.Request, search, upgrades, runtime)).WithName("searchOrgDeviceEvents");
        api.MapGet("/sites/{site_id}/devices/events/search", (string site_id, HttpContext context, DocumentSearch search, UpgradeStore upgrades, SimulatorRuntime runtime) =>
            SearchDeviceEvents(new SqlQuery().Where("site_id = @site_id", ("@site_id", site_id)), context.Request, search, upgrades, runtime)).WithName("searchSiteDeviceEvents");
        api.MapGet("/sites/{site_id}/clients/{client_mac}/events", ClientEvents).WithName("getSiteEventsForClient");
        return api;
    }

    private static IResult SearchDeviceEvents(SqlQuery query, HttpRequest request, DocumentSearch search, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        // Upgrades that finished since the last read record their UPGRADED events first.
        upgrades.Settle(runtime.Time.EpochSeconds(), runtime.Options.Firmware);
        if (!TimedSearch.TryParse(request, runtime.Time.EpochSeconds(), "timestamp", "id", out var limit, out var window, out var after, out var order, out var error) ||
            !TryFilterDeviceEvents(query, request, window, out error))
        {
            return error!;
        }

        var (items, next, total) = search.Run("events", query, order!, after, limit);
        return TimedSearch.Respond(request, window, limit, total, next, items);
    }

    /// <summary>The device event search's filters and time window, shared with the device event counts.</summary>
    internal static bool TryFilterDeviceEvents(SqlQuery query, HttpRequest request, SearchWindow window, out IResult? error)
    {
        if (!Query.TryGetMac(request, out var mac, out error))
        {
            return false;
        }

        query.Where("kind = 'device'").InWindow("timestamp", window);
        if (mac is not null) query.Where("mac = @mac", ("@mac", mac));
        if (Query.Get(request, "type") is { } types) query.WhereIn("type", types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (Query.Get(request, "device_type") is { } deviceType and not "all")
        {
            if (deviceType is not ("ap" or "switch" or "gateway"))
            {
                error = ApiResults.BadRequest($"invalid device_type: {deviceType} (ap, switch, gateway or all)");
                return false;
            }

            query.Where("json_extract(data, '$.device_type') = @device_type", ("@device_type", deviceType));
        }

        if (Query.Get(request, "text") is { } text) query.Where("json_extract(data, '$.text') LIKE @text", ("@text", $"%{text}%"));
        return true;
    }

    private static IResult ClientEvents(string site_id, string client_mac, HttpContext context, DocumentSearch search, ClientRoamer roamer, SimulatorRuntime runtime)
    {
        // The roams due by now are events too.
        roamer.Settle();
        var request = context.Request;
        if (!MacAddress.TryNormalize(client_mac, out var mac))
        {
            return ApiResults.BadRequest($"invalid client_mac: {client_mac} (12 hex digits are expected)");
        }

        if (!PageRequest.TryParse(request, out var page, out var error) ||
            !SearchWindow.TryParse(request, runtime.Time.EpochSeconds(), out var window, out error))
        {
            return error!;
        }

        var query = new SqlQuery()
            .Where("site_id = @site_id", ("@site_id", site_id))
            .Where("kind = 'client'")
            .Where("mac = @mac", ("@mac", mac))
            .InWindow("timestamp", window);
        if (Query.Get(request, "type") is { } types) query.WhereIn("type", types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (Query.Get(request, "band") is { } band) query.Where("json_extract(data, '$.band') = @band", ("@band", band));
        if (Query.Get(request, "ssid") is { } ssid) query.Where("json_extract(data, '$.ssid') = @ssid", ("@ssid", ssid));
        var (items, total) = search.Page("events", query, new SearchOrder("timestamp", "id", false), page.Limit, page.Offset);
        return TimedSearch.RespondPaged(request, window, page.Limit, page.Page, total, items);
    }
}

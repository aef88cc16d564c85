using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Wireless clients: the connected clients of a site or of one AP (stats, at most <c>limit</c>), one client's stats,
/// and the org and site searches (<c>mac</c>, <c>ip</c>, <c>hostname</c> (a <c>*</c> pattern allowed),
/// <c>username</c>, <c>ssid</c>, <c>band</c>, <c>ap</c>, <c>text</c>, and <c>site_id</c> at org level) over the clients
/// seen in the time window, with a <c>search_after</c> cursor.
/// </summary>
internal static class ClientEndpoints
{
    public static RouteGroupBuilder MapClients(this RouteGroupBuilder api)
    {
        api.MapGet("/sites/{site_id}/stats/clients", ListStats).WithName("listSiteWirelessClientsStats");
        api.MapGet("/sites/{site_id}/stats/clients/{client_mac}", GetStats).WithName("getSiteWirelessClientStats");
        api.MapGet("/sites/{site_id}/stats/devices/{device_id}/clients", ListDeviceStats).WithName("getSiteAllClientsStatsByDevice");
        api.MapGet("/orgs/{org_id}/clients/search", (string org_id, HttpContext context, ClientStore clients, SimulatorRuntime runtime) =>
            Search(new SqlQuery().Where("org_id = @org_id", ("@org_id", org_id)), context.Request, clients, runtime, siteFilter: true)).WithName("searchOrgWirelessClients");
        api.MapGet("/sites/{site_id}/clients/search", (string site_id, HttpContext context, ClientStore clients, SimulatorRuntime runtime) =>
            Search(new SqlQuery().Where("site_id = @site_id", ("@site_id", site_id)), context.Request, clients, runtime, siteFilter: false)).WithName("searchSiteWirelessClients");
        return api;
    }

    private static IResult ListStats(string site_id, HttpContext context, ClientStore clients, SimulatorRuntime runtime)
    {
        if (!Query.TryGetLimit(context.Request, out var limit, out var error))
        {
            return error!;
        }

        var now = runtime.Time.EpochSeconds();
        return ApiResults.Json(ClientJson.Array(clients.Connected(site_id, null, limit), ClientJson.Stats(now)));
    }

    private static IResult ListDeviceStats(string site_id, string device_id, ClientStore clients, DeviceStore devices, SimulatorRuntime runtime)
    {
        if (devices.Get(device_id) is not { } device || device.SiteId != site_id)
        {
            return ApiResults.NotFound();
        }

        var now = runtime.Time.EpochSeconds();
        return ApiResults.Json(ClientJson.Array(clients.Connected(site_id, device.Id, PageRequest.MaxLimit), ClientJson.Stats(now)));
    }

    private static IResult GetStats(string site_id, string client_mac, ClientStore clients, SimulatorRuntime runtime)
    {
        if (!MacAddress.TryNormalize(client_mac, out var mac))
        {
            return ApiResults.BadRequest($"invalid client_mac: {client_mac} (12 hex digits are expected)");
        }

        return clients.Get(mac) is { Connected: true } client && client.SiteId == site_id
            ? ApiResults.Json(ClientJson.One(client, ClientJson.Stats(runtime.Time.EpochSeconds())))
            : ApiResults.NotFound();
    }

    private static IResult Search(SqlQuery query, HttpRequest request, ClientStore clients, SimulatorRuntime runtime, bool siteFilter)
    {
        if (!TimedSearch.TryParse(request, runtime.Time.EpochSeconds(), "last_seen", "mac", out var limit, out var window, out var after, out var order, out var error) ||
            !TryFilter(query, request, window, siteFilter, out error))
        {
            return error!;
        }

        var (rows, total) = clients.Search(query, order!, after, limit + 1);
        SearchCursor? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveRange(limit, rows.Count - limit);
            next = new SearchCursor(rows[^1].LastSeen, rows[^1].Mac);
        }

        var items = ClientJson.Array(rows, ClientJson.Search);
        return SearchResponse.Create(request, window, limit, total, next, w => w.WriteRawValue(items, skipInputValidation: true));
    }

    /// <summary>The search's filters and time window (the clients seen in it), shared with the client counts.</summary>
    internal static bool TryFilter(SqlQuery query, HttpRequest request, SearchWindow window, bool siteFilter, out IResult? error)
    {
        if (!Query.TryGetMac(request, out var mac, out error))
        {
            return false;
        }

        query.InWindow("last_seen", window);
        if (mac is not null) query.Where("mac = @mac", ("@mac", mac));
        if (siteFilter && Query.Get(request, "site_id") is { } siteId) query.Where("site_id = @site_filter", ("@site_filter", siteId));
        if (Query.Get(request, "ip") is { } ip) query.Where("ip = @ip", ("@ip", ip));
        if (Query.Get(request, "hostname") is { } hostname)
        {
            query.Where(
                hostname.Contains('*', StringComparison.Ordinal) ? "lower(hostname) GLOB lower(@hostname)" : "hostname = @hostname COLLATE NOCASE",
                ("@hostname", hostname));
        }

        if (Query.Get(request, "username") is { } username) query.Where("username = @username COLLATE NOCASE", ("@username", username));
        if (Query.Get(request, "ssid") is { } ssid) query.Where("ssid = @ssid", ("@ssid", ssid));
        if (Query.Get(request, "band") is { } band)
        {
            if (band is not ("24" or "5" or "6"))
            {
                error = ApiResults.BadRequest($"invalid band: {band} (24, 5 or 6)");
                return false;
            }

            query.Where("band = @band", ("@band", band));
        }

        if (Query.Get(request, "ap") is { } ap)
        {
            if (!MacAddress.TryNormalize(ap, out var apMac))
            {
                error = ApiResults.BadRequest($"invalid ap: {ap} (12 hex digits are expected)");
                return false;
            }

            query.Where("ap_mac = @ap_mac", ("@ap_mac", apMac));
        }

        if (Query.Get(request, "text") is { } text)
        {
            // Partial or full MAC (any notation), hostname, username or IP.
            var hex = new string([.. text.Where(char.IsAsciiHexDigit)]).ToLowerInvariant();
            query.Where(
                "(hostname LIKE @text OR username LIKE @text OR ip LIKE @text" + (hex.Length >= 4 ? " OR mac LIKE @hex)" : ")"),
                ("@text", $"%{text}%"), ("@hex", $"%{hex}%"));
        }

        return true;
    }
}

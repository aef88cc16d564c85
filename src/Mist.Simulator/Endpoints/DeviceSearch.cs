using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Device search (org or site): devices on sites, <c>type</c> default ap, filters mac, hostname (partial), model,
/// version, ip, ext_ip (and site_id at org level); <c>sort</c> mac|model|sku|timestamp; a <c>next</c> cursor.
/// </summary>
internal static class DeviceSearch
{
    public static IResult Run(HttpRequest request, DeviceFilter scope, DeviceStore devices, SimulatorRuntime runtime, bool allowSiteFilter)
    {
        var now = runtime.Time.EpochSeconds();
        if (!Query.TryGetLimit(request, out var limit, out var error) ||
            !SearchWindow.TryParse(request, now, out var window, out error) ||
            !SearchResponse.TryGetCursor(request, out var after, out error) ||
            !TryGetFilter(request, scope, allowSiteFilter, out var filter, out error) ||
            !TryGetOrder(request, out var order, out error))
        {
            return error!;
        }

        var (rows, total) = devices.Search(filter!, order!, after, limit + 1);
        SearchCursor? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveRange(limit, rows.Count - limit);
            var last = rows[^1];
            next = new SearchCursor(order!.Column switch
            {
                "model" => last.Model,
                "sku" => last.Sku,
                "last_seen" => last.LastSeen,
                _ => last.Mac,
            }, last.Mac);
        }

        var items = DeviceJson.Array(rows, DeviceJson.Search(now));
        return SearchResponse.Create(request, window, limit, total, next, w => w.WriteRawValue(items, skipInputValidation: true));
    }

    /// <summary>The search's filters, shared with the device counts: devices on sites, <c>type</c> default ap.</summary>
    public static bool TryGetFilter(HttpRequest request, DeviceFilter scope, bool allowSiteFilter, out DeviceFilter? filter, out IResult? error)
    {
        filter = null;
        if (!Query.TryGetTypes(request, "ap", allowAll: false, out var types, out error) ||
            !Query.TryGetMac(request, out var mac, out error))
        {
            return false;
        }

        filter = scope with
        {
            Assigned = true,
            Types = types,
            Mac = mac,
            SiteId = allowSiteFilter ? Query.Get(request, "site_id") : scope.SiteId,
            NameContains = Query.Get(request, "hostname"),
            Model = Query.Get(request, "model"),
            Version = Query.Get(request, "version"),
            Ip = Query.Get(request, "ip"),
            ExtIp = Query.Get(request, "ext_ip"),
        };
        return true;
    }

    private static bool TryGetOrder(HttpRequest request, out SearchOrder? order, out IResult? error)
    {
        error = null;
        // The site search also takes desc_sort=<field>; "-field" in sort means the same at both levels.
        var descSort = Query.Get(request, "desc_sort");
        var sort = descSort is not null ? "-" + descSort : Query.Get(request, "sort") ?? "timestamp";
        var descending = sort.StartsWith('-');
        var column = sort.TrimStart('-') switch
        {
            "mac" => "mac",
            "model" => "model",
            "sku" => "sku",
            "timestamp" => "last_seen",
            _ => null,
        };
        order = column is null ? null : new SearchOrder(column, "mac", descending);
        if (order is null)
        {
            error = ApiResults.BadRequest($"invalid sort: {sort} (mac, model, sku or timestamp)");
            return false;
        }

        return true;
    }
}

using System.Text.Json;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// <c>/orgs/{org_id}/inventory/search</c> as the live API answers it: <c>{results, limit, total, next}</c>, paged by a
/// <c>search_after</c> cursor in <c>next</c> (absent on the last page). The bundled spec's <c>page</c> parameter is
/// gone from the live API and ignored, so a client that pages by number gets the first page again, as there.
/// </summary>
internal static class InventorySearchEndpoints
{
    // Unnamed devices sort as "", so that the cursor's row comparison never meets a NULL and skips them.
    private const string NameOrder = "COALESCE(name, '')";

    public static RouteGroupBuilder MapInventorySearch(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/inventory/search", Search).WithName("searchOrgInventory");
        return api;
    }

    private static IResult Search(string org_id, HttpContext context, DeviceStore devices)
    {
        var request = context.Request;
        if (!Query.TryGetLimit(request, out var limit, out var error) ||
            !SearchResponse.TryGetCursor(request, out var after, out error) ||
            !TryGetFilter(org_id, request, out var filter, out error) ||
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
                "serial" => last.Serial,
                "model" => last.Model,
                NameOrder => (object?)last.Name ?? string.Empty,
                _ => last.Mac,
            }, last.Mac);
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + rows.Count * 300);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var d in rows)
            {
                w.WriteStartObject();
                w.WriteString("mac", d.Mac);
                w.WriteString("model", d.Model);
                w.WriteString("sku", d.Sku);
                w.WriteString("serial", d.Serial);
                if (d.Name is not null) w.WriteString("name", d.Name);
                w.WriteString("org_id", d.OrgId);
                if (d.SiteId is not null) w.WriteString("site_id", d.SiteId);
                w.WriteString("status", d.SiteId is not null && d.Connected ? "connected" : "disconnected");
                w.WriteString("type", d.Type);
                w.WriteString("version", d.Version);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("limit", limit);
            w.WriteNumber("total", total);
            if (next is not null)
            {
                w.WriteString("next", SearchResponse.NextLink(request, limit, next));
            }

            w.WriteEndObject();
        }

        return ApiResults.Json(buffer.WrittenSpan.ToArray());
    }

    /// <summary>The search's filters, shared with the inventory count: <c>type</c> default ap, status, site, model, ...</summary>
    internal static bool TryGetFilter(string orgId, HttpRequest request, out DeviceFilter? filter, out IResult? error)
    {
        filter = null;
        if (!Query.TryGetTypes(request, "ap", allowAll: false, out var types, out error) ||
            !Query.TryGetMac(request, out var mac, out error))
        {
            return false;
        }

        var status = Query.Get(request, "status");
        if (status is not (null or "connected" or "disconnected"))
        {
            error = ApiResults.BadRequest($"invalid status: {status} (connected or disconnected)");
            return false;
        }

        filter = new DeviceFilter
        {
            OrgId = orgId,
            Types = types,
            Mac = mac,
            SiteId = Query.Get(request, "site_id"),
            Serial = Query.Get(request, "serial"),
            Version = Query.Get(request, "version"),
            Sku = Query.Get(request, "sku"),
            Model = Query.Get(request, "model"),
            Text = Query.Get(request, "text"),
            Connected = status is null ? null : status == "connected",
            Assigned = status == "connected" ? true : null,
        };
        return true;
    }

    /// <summary><c>sort</c>: mac, serial, model or name, "-" for descending (default mac); mac breaks ties.</summary>
    private static bool TryGetOrder(HttpRequest request, out SearchOrder? order, out IResult? error)
    {
        error = null;
        var sort = Query.Get(request, "sort") ?? "mac";
        var column = sort.TrimStart('-') switch
        {
            "mac" => "mac",
            "serial" => "serial",
            "model" => "model",
            "name" => NameOrder,
            _ => null,
        };
        order = column is null ? null : new SearchOrder(column, "mac", sort.StartsWith('-'));
        if (order is null)
        {
            error = ApiResults.BadRequest($"invalid sort: {sort} (mac, serial, model or name)");
            return false;
        }

        return true;
    }
}

using System.Text.Json;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>Org-level device views (read-only): names, search (type default ap) and stats (paged).</summary>
internal static class OrgDeviceEndpoints
{
    public static RouteGroupBuilder MapOrgDevices(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/devices", ListNames).WithName("listOrgDevices");
        api.MapGet("/orgs/{org_id}/devices/search", Search).WithName("searchOrgDevices");
        api.MapGet("/orgs/{org_id}/stats/devices", ListStats).WithName("listOrgDevicesStats")
            .AddEndpointFilter(Hosting.ActivityGate.InvokeAsync); // num_clients counts the seeded clients
        return api;
    }

    /// <summary><c>{"results": [{"mac", "name"}]}</c> for the org's devices on sites; the spec gives this call no paging.</summary>
    private static IResult ListNames(string org_id, HttpContext context, DeviceStore devices)
    {
        var rows = devices.All(new DeviceFilter { OrgId = org_id, Assigned = true });
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 + rows.Count * 64);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var row in rows)
            {
                w.WriteStartObject();
                w.WriteString("mac", row.Mac);
                w.WriteString("name", row.Name ?? "");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return ApiResults.Json(buffer.WrittenSpan.ToArray());
    }

    private static IResult Search(string org_id, HttpContext context, DeviceStore devices, SimulatorRuntime runtime) =>
        DeviceSearch.Run(context.Request, new DeviceFilter { OrgId = org_id }, devices, runtime, allowSiteFilter: true);

    private static IResult ListStats(string org_id, HttpContext context, DeviceStore devices, UpgradeStore upgrades, ClientStore clients, SimulatorRuntime runtime)
    {
        var request = context.Request;
        if (!PageRequest.TryParse(request, out var page, out var error) ||
            !DeviceStats.TryGetFilter(request, new DeviceFilter { OrgId = org_id, SiteId = Query.Get(request, "site_id") }, out var filter, out error))
        {
            return error!;
        }

        // Upgrades that finished since the last read change versions first, so the page shows them.
        var now = runtime.Time.EpochSeconds();
        var inFlight = upgrades.Settle(now, runtime.Options.Firmware);
        var (rows, total) = devices.Page(filter!, page.Limit, page.Offset);
        page.WriteHeaders(context.Response, total);
        return new DeviceArrayResult(rows, DeviceJson.Stats(now, inFlight, clients.ConnectedPerAp(rows)));
    }
}

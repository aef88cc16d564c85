using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Device utilities (200, empty body): restart (uptime starts again, an AP's clients move to the next AP of the site),
/// locate / unlocate (the <c>locating</c> flag of the device's stats), each recorded as device events, plus the site
/// stats that show them.
/// </summary>
internal static class DeviceActionEndpoints
{
    public static RouteGroupBuilder MapDeviceActions(this RouteGroupBuilder api)
    {
        api.MapPost("/sites/{site_id}/devices/{device_id}/restart", Restart).WithName("restartSiteDevice");
        api.MapPost("/sites/{site_id}/devices/{device_id}/locate", Locate).WithName("startSiteLocateDevice");
        api.MapPost("/sites/{site_id}/devices/{device_id}/unlocate", Unlocate).WithName("stopSiteLocateDevice");
        api.MapGet("/sites/{site_id}/stats/devices", ListStats).WithName("listSiteDevicesStats")
            .AddEndpointFilter(Hosting.ActivityGate.InvokeAsync); // num_clients counts the seeded clients
        api.MapGet("/sites/{site_id}/stats/devices/{device_id}", GetStats).WithName("getSiteDeviceStats")
            .AddEndpointFilter(Hosting.ActivityGate.InvokeAsync);
        return api;
    }

    private static Task<IResult> Restart(string site_id, string device_id, HttpContext context, DeviceStore devices, SimulatorRuntime runtime) =>
        ActAsync(site_id, device_id, context, devices, runtime, (d, now) => d with { BootedAt = now, LastSeen = now, Locating = false }, (c, d, now) =>
        {
            ActivityLog.DeviceEvent(c, d, "RESTART_BY_USER", "Restart requested by an admin", now);
            ActivityLog.DeviceEvent(c, d, "RESTARTED", "Restarted", now);
            if (d.Type == "ap")
            {
                Roaming.ApRestarted(c, d, now);
            }
        });

    private static Task<IResult> Locate(string site_id, string device_id, HttpContext context, DeviceStore devices, SimulatorRuntime runtime) =>
        ActAsync(site_id, device_id, context, devices, runtime, (d, _) => d with { Locating = true },
            (c, d, now) => ActivityLog.DeviceEvent(c, d, "LOCATE_STARTED", "Locate LED blinking", now));

    private static Task<IResult> Unlocate(string site_id, string device_id, HttpContext context, DeviceStore devices, SimulatorRuntime runtime) =>
        ActAsync(site_id, device_id, context, devices, runtime, (d, _) => d with { Locating = false },
            (c, d, now) => ActivityLog.DeviceEvent(c, d, "LOCATE_STOPPED", "Locate LED off", now));

    private static async Task<IResult> ActAsync(
        string siteId, string deviceId, HttpContext context, DeviceStore devices, SimulatorRuntime runtime, Func<DeviceRow, double, DeviceRow> act,
        Action<Microsoft.Data.Sqlite.SqliteConnection, DeviceRow, double> record)
    {
        // The bodies (restart's node/member, a switch's locate duration) are optional; a malformed one is still a 400.
        var (_, error) = await RequestBody.ReadAsync(context.Request, optional: true, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var now = runtime.Time.EpochSeconds();
        var updated = devices.Update(deviceId, d => d.SiteId == siteId ? act(d, now) : d, (c, before, after) =>
        {
            if (before.SiteId == siteId)
            {
                record(c, after, now);
            }
        });
        return updated is null || updated.SiteId != siteId ? ApiResults.NotFound() : ApiResults.Ok();
    }

    private static IResult ListStats(string site_id, HttpContext context, DeviceStore devices, UpgradeStore upgrades, ClientStore clients, SimulatorRuntime runtime)
    {
        if (!PageRequest.TryParse(context.Request, out var page, out var error) ||
            !DeviceStats.TryGetFilter(context.Request, new DeviceFilter { SiteId = site_id }, out var filter, out error))
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

    private static IResult GetStats(string site_id, string device_id, HttpContext context, DeviceStore devices, UpgradeStore upgrades, ClientStore clients, SimulatorRuntime runtime)
    {
        var now = runtime.Time.EpochSeconds();
        var inFlight = upgrades.Settle(now, runtime.Options.Firmware);
        return devices.Get(device_id) is { } device && device.SiteId == site_id
            ? ApiResults.Json(DeviceJson.One(device, DeviceJson.Stats(now, inFlight, clients.ConnectedPerAp([device]))))
            : ApiResults.NotFound();
    }
}

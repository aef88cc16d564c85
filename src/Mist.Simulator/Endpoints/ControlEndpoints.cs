using System.Net;
using System.Text.Json;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// <c>/__sim/</c>: the simulator's own controls, outside <c>/api/v1</c>, without Mist auth, from loopback only:
/// reset, seed, faults, request counters, and a device's cloud connection (to take an AP offline and back).
/// </summary>
internal static class ControlEndpoints
{
    public static RouteGroupBuilder MapControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/__sim");
        control.AddEndpointFilter(static async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                ? await next(context).ConfigureAwait(false)
                : ApiResults.Error(StatusCodes.Status403Forbidden, "The simulator controls answer loopback clients only."));

        control.MapPost("/reset", Reset);
        control.MapGet("/seed", GetSeed);
        control.MapPost("/seed", Reseed);
        control.MapGet("/faults", GetFaults);
        control.MapPut("/faults", SetFaults);
        control.MapGet("/counters", GetCounters);
        control.MapPost("/counters/reset", ResetCounters);
        control.MapPut("/devices/{device_id}/connection", SetConnectionAsync);
        return control;
    }

    private static IResult Reset(SimulatorRuntime runtime)
    {
        runtime.Reseed(null);
        return GetSeed(runtime);
    }

    private static IResult GetSeed(SimulatorRuntime runtime) =>
        Results.Json(new ControlSeedResponse(runtime.Summary, runtime.Tokens), SimulatorJsonContext.Default.ControlSeedResponse);

    private static async Task<IResult> Reseed(HttpContext context, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadAsync(context.Request, optional: true, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        SeedRequest? request;
        try
        {
            request = body?.Deserialize(SimulatorJsonContext.Default.SeedRequest);
        }
        catch (JsonException e)
        {
            return ApiResults.BadRequest($"invalid seed request: {e.Message}");
        }

        runtime.Reseed(request?.Seed);
        return GetSeed(runtime);
    }

    private static IResult GetFaults(SimulatorRuntime runtime) =>
        Results.Json(runtime.Faults.Options, SimulatorJsonContext.Default.FaultOptions);

    private static async Task<IResult> SetFaults(HttpContext context, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        try
        {
            runtime.Faults.Set(body.Deserialize(SimulatorJsonContext.Default.FaultOptions)!);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return ApiResults.BadRequest($"invalid faults: {e.Message}");
        }

        return GetFaults(runtime);
    }

    private static IResult GetCounters(SimulatorRuntime runtime) =>
        Results.Json(new ControlCountersResponse(runtime.Counters.Total, runtime.Counters.Writes, runtime.Counters.Snapshot()), SimulatorJsonContext.Default.ControlCountersResponse);

    private static IResult ResetCounters(SimulatorRuntime runtime)
    {
        runtime.Counters.Reset();
        return GetCounters(runtime);
    }

    /// <summary>
    /// <c>{"connected": false}</c> takes a device offline (a DISCONNECTED event, a <c>device_down</c> alarm, its
    /// clients disconnected); <c>true</c> brings it back (CONNECTED, the alarm resolved). Answers the device's new state.
    /// </summary>
    private static async Task<IResult> SetConnectionAsync(string device_id, HttpContext context, State.DeviceStore devices, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (body!["connected"]?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            return ApiResults.BadRequest("connected: true or false is required");
        }

        var connected = (bool)body["connected"]!;
        var now = runtime.Time.EpochSeconds();
        var updated = devices.Update(
            device_id,
            d => d.SiteId is null || d.Connected == connected ? d : d with { Connected = connected, LastSeen = now, BootedAt = connected ? now : d.BootedAt },
            (c, before, after) =>
            {
                if (before.Connected == after.Connected)
                {
                    return;
                }

                if (connected)
                {
                    State.ActivityLog.DeviceEvent(c, after, "CONNECTED", "Connected to the cloud", now);
                    State.ActivityLog.ClearDeviceAlarm(c, after.Id, State.ActivityLog.DeviceDown, now);
                }
                else
                {
                    State.ActivityLog.DeviceEvent(c, after, "DISCONNECTED", "Disconnected from the cloud", now);
                    State.ActivityLog.RaiseDeviceAlarm(c, after, State.ActivityLog.DeviceDown, "infrastructure", "critical", now);
                    State.Roaming.ApGone(c, after, now, "AP offline");
                }
            });
        return updated is null ? ApiResults.NotFound() : ApiResults.Json(new System.Text.Json.Nodes.JsonObject { ["id"] = updated.Id, ["connected"] = updated.Connected });
    }
}

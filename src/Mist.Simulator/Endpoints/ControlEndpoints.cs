using System.Net;
using System.Text.Json;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// <c>/__sim/</c>: the simulator's own controls, outside <c>/api/v1</c>, without Mist auth, from loopback only:
/// reset, seed, faults and request counters.
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
}

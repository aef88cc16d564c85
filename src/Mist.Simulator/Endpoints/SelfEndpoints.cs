using Mist.Simulator.Auth;
using Mist.Simulator.Hosting;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary><c>/self</c>: who the token is, and its calls in the current hour.</summary>
internal static class SelfEndpoints
{
    public static RouteGroupBuilder MapSelf(this RouteGroupBuilder api)
    {
        api.MapGet("/self", GetSelf).WithName("getSelf").AllowAnyToken();
        api.MapGet("/self/usage", GetUsage).WithName("getSelfApiUsage").AllowAnyToken();
        return api;
    }

    private static IResult GetSelf(HttpContext context) =>
        Results.Json(SelfResponse.From(Caller.From(context).Token), SimulatorJsonContext.Default.SelfResponse);

    private static IResult GetUsage(HttpContext context, SimulatorRuntime runtime)
    {
        var usage = runtime.Usage;
        var response = new ApiUsageResponse(usage.Limit, usage.Requests(Caller.From(context).Token.Key), usage.SecondsToReset());
        return Results.Json(response, SimulatorJsonContext.Default.ApiUsageResponse);
    }
}

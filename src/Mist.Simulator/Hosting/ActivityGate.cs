using Microsoft.Extensions.DependencyInjection;

namespace Mist.Simulator.Hosting;

/// <summary>
/// Holds a request to a route that reads the activity history (events, alarms, audit log, clients, their counts and
/// the stats that count clients) until the start-up's background seed wrote it (<see cref="SimulatorRuntime.ActivitySeeded"/>),
/// so an early request gets the complete history, never part of it. Once seeded it costs one completed-task check.
/// </summary>
internal static class ActivityGate
{
    /// <summary>For the routes of the activity history.</summary>
    public static ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next) =>
        WaitThenAsync(invocation, next, configuration: false);

    /// <summary>For the configuration routes, which wait only when the history owed includes WLANs and templates.</summary>
    public static ValueTask<object?> ConfigurationAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next) =>
        WaitThenAsync(invocation, next, configuration: true);

    private static async ValueTask<object?> WaitThenAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, bool configuration)
    {
        var runtime = invocation.HttpContext.RequestServices.GetRequiredService<SimulatorRuntime>();
        var seeded = runtime.ActivitySeeded;
        if (!seeded.IsCompletedSuccessfully && (!configuration || runtime.ActivityWritesConfiguration))
        {
            try
            {
                await seeded.WaitAsync(invocation.HttpContext.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (seeded.IsCanceled)
            {
                // The simulator is stopping before the history was seeded: there is no complete answer to give.
                return Http.ApiResults.Error(StatusCodes.Status503ServiceUnavailable, "The simulator is stopping.");
            }
        }

        return await next(invocation).ConfigureAwait(false);
    }
}

using Mist.Simulator.Auth;
using Mist.Simulator.Faults;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Hosting;

/// <summary>
/// Everything under <c>/api/v1</c> goes through here, in Mist's (Django REST framework's) order: count the request,
/// inject faults, 404 an unknown path, authenticate (401), count the token's hourly calls (429), run the endpoint,
/// and give a wrong method its 405 body (after authentication, as DRF does).
/// </summary>
internal sealed class ApiPipeline(RequestDelegate next, SimulatorRuntime runtime, TokenStore tokens)
{
    private const string TokenScheme = "Token ";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v1"))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        runtime.Counters.Started();
        try
        {
            await InvokeApiAsync(context).ConfigureAwait(false);
        }
        finally
        {
            runtime.Counters.Finished();
        }
    }

    private async Task InvokeApiAsync(HttpContext context)
    {

        var endpoint = context.GetEndpoint();
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "/";
        runtime.Counters.Record(context.Request.Method, route.StartsWith('/') ? route : "/" + route);

        if (!await InjectFaultsAsync(context).ConfigureAwait(false))
        {
            return;
        }

        if (endpoint is null)
        {
            await WriteAsync(context, ApiResults.NotFound()).ConfigureAwait(false);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(TokenScheme, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate = "Token";
            await WriteAsync(context, ApiResults.Error(StatusCodes.Status401Unauthorized, ApiErrors.NotAuthenticated)).ConfigureAwait(false);
            return;
        }

        var key = header[TokenScheme.Length..].Trim();
        var token = key.Length == 0 ? null : tokens.Find(key);
        if (token is null)
        {
            context.Response.Headers.WWWAuthenticate = "Token";
            await WriteAsync(context, ApiResults.Error(StatusCodes.Status401Unauthorized, ApiErrors.InvalidToken)).ConfigureAwait(false);
            return;
        }

        if (!runtime.Usage.TryHit(token.Key))
        {
            await WriteRateLimitedAsync(context, runtime.Usage.SecondsToReset()).ConfigureAwait(false);
            return;
        }

        context.Features.Set(new Caller(token));
        await next(context).ConfigureAwait(false);

        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted)
        {
            await WriteAsync(context, ApiResults.Error(StatusCodes.Status405MethodNotAllowed, ApiErrors.MethodNotAllowed(context.Request.Method))).ConfigureAwait(false);
        }
    }

    /// <summary>Applies the request's drawn faults; false when the request was answered (or dropped) by a fault.</summary>
    private async Task<bool> InjectFaultsAsync(HttpContext context)
    {
        var fault = runtime.Faults.Next();
        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, runtime.Time, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault.SlowBody)
        {
            var pause = TimeSpan.FromMilliseconds(runtime.Faults.Options.SlowBodyChunkDelayMs);
            context.Response.Body = new SlowBodyStream(context.Response.Body, pause, runtime.Time);
        }

        switch (fault.Kind)
        {
            case FaultKind.ConnectionReset:
                context.Abort();
                return false;
            case FaultKind.ServerError:
                await WriteAsync(context, ApiResults.Error(fault.Status, "Simulated server error (fault injection).")).ConfigureAwait(false);
                return false;
            case FaultKind.RateLimited:
                await WriteRateLimitedAsync(context, runtime.Faults.Options.RateLimitRetryAfterSeconds).ConfigureAwait(false);
                return false;
            default:
                return true;
        }
    }

    private static Task WriteRateLimitedAsync(HttpContext context, long retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, ApiResults.Error(StatusCodes.Status429TooManyRequests, ApiErrors.RateLimited));
    }

    private static Task WriteAsync(HttpContext context, IResult result) => result.ExecuteAsync(context);
}

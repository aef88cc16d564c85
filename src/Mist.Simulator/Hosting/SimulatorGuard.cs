using System.Net;
using System.Security.Cryptography;
using System.Text;
using Mist.Simulator.Http;

namespace Mist.Simulator.Hosting;

/// <summary>
/// The first thing every request meets, so that no web page can reach the simulator through the user's browser:
/// <list type="bullet">
/// <item><description>a <c>Host</c> that is not loopback (<c>127.0.0.1</c>, <c>localhost</c>, <c>[::1]</c>) is refused:
/// DNS rebinding would otherwise read every token from <c>/__sim/seed</c>;</description></item>
/// <item><description>an <c>Origin</c> that is not loopback is refused: a foreign page's request carries one;</description></item>
/// <item><description><c>/__sim/</c> writes need <c>Content-Type: application/json</c>, which a page cannot send without a
/// CORS preflight the simulator never grants;</description></item>
/// <item><description>with <see cref="MistSimulatorOptions.ControlSecret"/> set (as <c>mist sim serve</c> does), every
/// <c>/__sim/</c> call needs it in <c>X-Mist-Sim-Secret</c>.</description></item>
/// </list>
/// It also turns a request Kestrel cannot read (a chunk size of <c>FFFFFFFFFFFFFFFF</c>, a body cut short) into
/// Mist's 400 <c>{"detail": ...}</c> instead of a 500. Refusals are <c>{"detail": ...}</c> too.
/// </summary>
internal sealed class SimulatorGuard(RequestDelegate next, SimulatorRuntime runtime)
{
    public const string SecretHeader = "X-Mist-Sim-Secret";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Refusal(context) is { } refusal)
        {
            await refusal.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var status = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? e.StatusCode : StatusCodes.Status400BadRequest;
            await ApiResults.Error(status, $"invalid request: {e.Message}").ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (IOException e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested
            && e is not Microsoft.AspNetCore.Connections.ConnectionResetException)
        {
            // Kestrel reports a chunk size it cannot read (FFFFFFFFFFFFFFFF overflows) as an IOException, not a BadHttpRequestException.
            await ApiResults.BadRequest($"invalid request body: {e.Message}").ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private IResult? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (!IsLoopbackHost(request.Host.Host))
        {
            return ApiResults.Error(StatusCodes.Status421MisdirectedRequest, "The simulator answers only requests addressed to 127.0.0.1, localhost or [::1].");
        }

        if (request.Headers.Origin.Count > 0 && !IsLoopbackOrigin(request.Headers.Origin.ToString()))
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "The simulator does not answer requests from web pages of other origins.");
        }

        if (!request.Path.StartsWithSegments("/__sim"))
        {
            return null;
        }

        if (runtime.Options.ControlSecret is { Length: > 0 } secret && !SecretMatches(request.Headers[SecretHeader].ToString(), secret))
        {
            return ApiResults.Error(StatusCodes.Status401Unauthorized, $"The simulator controls need the secret printed by `mist sim serve`, in the {SecretHeader} header.");
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !request.HasJsonContentType())
        {
            return ApiResults.Error(StatusCodes.Status415UnsupportedMediaType, "The simulator controls accept writes with Content-Type: application/json only.");
        }

        return null;
    }

    internal static bool IsLoopbackHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    private static bool IsLoopbackOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && IsLoopbackHost(uri.Host);

    private static bool SecretMatches(string given, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret));
}

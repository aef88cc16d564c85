using Mist.Simulator.Wire;

namespace Mist.Simulator.Auth;

/// <summary>The authenticated token of the current request, set by the API pipeline.</summary>
internal sealed record Caller(ApiToken Token)
{
    public static Caller From(HttpContext context) =>
        context.Features.Get<Caller>() ?? throw new InvalidOperationException("The API pipeline did not authenticate this request.");
}

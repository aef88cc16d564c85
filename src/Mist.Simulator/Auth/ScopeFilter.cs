using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Mist.Simulator.Http;

namespace Mist.Simulator.Auth;

/// <summary>
/// The privilege check of every API route, made once for the whole <c>/api/v1</c> group before any handler runs: a
/// route naming <c>{site_id}</c> is checked against the site, else <c>{org_id}</c> against the org, else
/// <c>{msp_id}</c> against the MSP (<see cref="Authorizer"/>: 403 without the privilege or for a write with a read-only
/// role, 404 for an unknown site or org the caller may reach). Handlers read the org or site it found with
/// <see cref="Org"/> and <see cref="Site"/>, and never check again.
/// <para>
/// A route that names none of them is refused (403) unless it is marked <see cref="AllowAnyToken"/> (<c>/self</c>,
/// <c>/const/...</c>: what any authenticated token may read), so a route added without a scope fails closed; a
/// test walks every mapped endpoint and finds each one either inside the filtered group (<see cref="Covered"/>) with
/// a scope, or marked.
/// </para>
/// </summary>
internal static class ScopeFilter
{
    private const string OrgKey = "mist.scope.org";
    private const string SiteKey = "mist.scope.site";

    /// <summary>The route parameters that name a scope the filter checks.</summary>
    public static readonly IReadOnlyList<string> ScopeParameters = ["site_id", "org_id", "msp_id"];

    /// <summary>Puts the check on every endpoint of <paramref name="group"/>, and marks them <see cref="Covered"/>.</summary>
    public static RouteGroupBuilder RequireScope(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(InvokeAsync).WithMetadata(Covered.Instance);

    /// <summary>Marks an endpoint that names no org, site or MSP as open to any authenticated token.</summary>
    public static RouteHandlerBuilder AllowAnyToken(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(AnyToken.Instance);

    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var route = context.Request.RouteValues;
        IResult? denied;
        if (route["site_id"] is string siteId)
        {
            denied = context.RequestServices.GetRequiredService<Authorizer>().Site(context, siteId, out var site);
            context.Items[SiteKey] = site;
        }
        else if (route["org_id"] is string orgId)
        {
            denied = context.RequestServices.GetRequiredService<Authorizer>().Org(context, orgId, out var org);
            context.Items[OrgKey] = org;
        }
        else if (route["msp_id"] is string mspId)
        {
            denied = Authorizer.Msp(context, mspId);
        }
        else
        {
            denied = context.GetEndpoint()?.Metadata.GetMetadata<AnyToken>() is null ? ApiResults.Forbidden() : null;
        }

        return denied ?? await next(invocation).ConfigureAwait(false);
    }

    /// <summary>Metadata of every endpoint the filter runs on (set with the filter by <see cref="RequireScope"/>).</summary>
    public sealed class Covered
    {
        public static readonly Covered Instance = new();
    }

    /// <summary>Metadata of an endpoint open to any authenticated token (<see cref="AllowAnyToken"/>).</summary>
    public sealed class AnyToken
    {
        public static readonly AnyToken Instance = new();
    }

    /// <summary>The org of a route with <c>{org_id}</c>, as the check found it.</summary>
    public static JsonObject Org(HttpContext context) =>
        context.Items[OrgKey] as JsonObject ?? throw new InvalidOperationException("The route names no org: ScopeFilter found none.");

    /// <summary>The site of a route with <c>{site_id}</c>, as the check found it.</summary>
    public static JsonObject Site(HttpContext context) =>
        context.Items[SiteKey] as JsonObject ?? throw new InvalidOperationException("The route names no site: ScopeFilter found none.");
}

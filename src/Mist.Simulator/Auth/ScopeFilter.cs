using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Mist.Simulator.Auth;

/// <summary>
/// The privilege check of every API route, made once for the whole <c>/api/v1</c> group before any handler runs: a
/// route naming <c>{site_id}</c> is checked against the site, else <c>{org_id}</c> against the org, else
/// <c>{msp_id}</c> against the MSP (<see cref="Authorizer"/>: 403 without the privilege or for a write with a read-only
/// role, 404 for an unknown site or org the caller may reach). Handlers read the org or site it found with
/// <see cref="Org"/> and <see cref="Site"/>, and never check again.
/// </summary>
internal static class ScopeFilter
{
    private const string OrgKey = "mist.scope.org";
    private const string SiteKey = "mist.scope.site";

    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var authorizer = context.RequestServices.GetRequiredService<Authorizer>();
        var route = context.Request.RouteValues;
        IResult? denied;
        if (route["site_id"] is string siteId)
        {
            denied = authorizer.Site(context, siteId, out var site);
            context.Items[SiteKey] = site;
        }
        else if (route["org_id"] is string orgId)
        {
            denied = authorizer.Org(context, orgId, out var org);
            context.Items[OrgKey] = org;
        }
        else
        {
            denied = route["msp_id"] is string mspId ? Authorizer.Msp(context, mspId) : null;
        }

        return denied ?? await next(invocation).ConfigureAwait(false);
    }

    /// <summary>The org of a route with <c>{org_id}</c>, as the check found it.</summary>
    public static JsonObject Org(HttpContext context) =>
        context.Items[OrgKey] as JsonObject ?? throw new InvalidOperationException("The route names no org: ScopeFilter found none.");

    /// <summary>The site of a route with <c>{site_id}</c>, as the check found it.</summary>
    public static JsonObject Site(HttpContext context) =>
        context.Items[SiteKey] as JsonObject ?? throw new InvalidOperationException("The route names no site: ScopeFilter found none.");
}

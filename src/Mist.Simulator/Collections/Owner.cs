using Mist.Simulator.Auth;

namespace Mist.Simulator.Collections;

/// <summary>The org, site or MSP a collection's path names (already checked by <see cref="ScopeFilter"/>); a site also names its org.</summary>
internal readonly record struct Owner(string Id, string? OrgId)
{
    public static Owner Of(ConfigCollection collection, HttpContext context)
    {
        var id = (string)context.Request.RouteValues[collection.OwnerField]!;
        return collection.Scope == "sites" ? new Owner(id, (string?)ScopeFilter.Site(context)["org_id"]) : new Owner(id, null);
    }
}

using Mist.Simulator.Auth;

namespace Mist.Simulator.Collections;

/// <summary>The org, site or MSP a collection's path names, once the caller may reach it; a site also names its org.</summary>
internal readonly record struct Owner(string Id, string? OrgId)
{
    /// <summary>The privilege check of the owner's scope (403, or 404 for an unknown site or org), as the other endpoints make it.</summary>
    public static IResult? Authorize(ConfigCollection collection, HttpContext context, Authorizer authorizer, out Owner owner)
    {
        var id = (string)context.Request.RouteValues[collection.OwnerField]!;
        owner = new Owner(id, null);
        switch (collection.Scope)
        {
            case "orgs":
                return authorizer.Org(context, id, out _);
            case "sites":
                var denied = authorizer.Site(context, id, out var site);
                owner = new Owner(id, (string?)site?["org_id"]);
                return denied;
            default:
                return Authorizer.Msp(context, id);
        }
    }
}

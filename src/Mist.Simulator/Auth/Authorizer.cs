using System.Text.Json.Nodes;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Auth;

/// <summary>
/// Privilege checks: an org is reached through an org privilege or the privilege on its MSP; a site also through a
/// site privilege. Reads need any role; writes need admin or write. A miss is 403, an unknown id the caller may
/// reach is 404.
/// </summary>
internal sealed class Authorizer(OrgStore orgs, SiteStore sites)
{
    public IResult? Org(HttpContext context, string orgId, out JsonObject? org)
    {
        var write = IsWrite(context);
        var token = Caller.From(context).Token;
        org = null;
        var direct = token.Privileges.FirstOrDefault(p => p.Scope == "org" && p.OrgId == orgId);
        if (direct is null)
        {
            org = orgs.Get(orgId);
            var mspId = (string?)org?["msp_id"];
            direct = mspId is null ? null : token.Privileges.FirstOrDefault(p => p.Scope == "msp" && p.MspId == mspId);
            if (direct is null)
            {
                return ApiResults.Forbidden();
            }
        }
        else
        {
            org = orgs.Get(orgId);
        }

        if (write && !direct.CanWrite)
        {
            return ApiResults.Forbidden();
        }

        return org is null ? ApiResults.NotFound() : null;
    }

    public IResult? Site(HttpContext context, string siteId, out JsonObject? site)
    {
        site = sites.Get(siteId);
        if (site is null)
        {
            return ApiResults.NotFound();
        }

        var token = Caller.From(context).Token;
        var privilege = token.Privileges.FirstOrDefault(p => p.Scope == "site" && p.SiteId == siteId);
        if (privilege is not null)
        {
            return IsWrite(context) && !privilege.CanWrite ? ApiResults.Forbidden() : null;
        }

        return Org(context, (string)site["org_id"]!, out _);
    }

    public static IResult? Msp(HttpContext context, string mspId)
    {
        var privilege = Caller.From(context).Token.Privileges.FirstOrDefault(p => p.Scope == "msp" && p.MspId == mspId);
        return privilege is null || (IsWrite(context) && !privilege.CanWrite) ? ApiResults.Forbidden() : null;
    }

    private static bool IsWrite(HttpContext context) => !HttpMethods.IsGet(context.Request.Method);
}

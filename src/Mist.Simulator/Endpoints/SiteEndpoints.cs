using Mist.Simulator.Auth;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;

namespace Mist.Simulator.Endpoints;

/// <summary>Sites: list (paged), create (200, not 201), get, merge-update, delete (200, empty body).</summary>
internal static class SiteEndpoints
{
    public static RouteGroupBuilder MapSites(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/sites", ListSites).WithName("listOrgSites");
        api.MapPost("/orgs/{org_id}/sites", CreateSite).WithName("createOrgSite");
        api.MapGet("/sites/{site_id}", GetSite).WithName("getSiteInfo");
        api.MapPut("/sites/{site_id}", UpdateSite).WithName("updateSiteInfo");
        api.MapDelete("/sites/{site_id}", DeleteSite).WithName("deleteSite");
        return api;
    }

    private static IResult ListSites(string org_id, HttpContext context, SiteStore sites)
    {
        if (!PageRequest.TryParse(context.Request, out var page, out var error))
        {
            return error!;
        }

        var (items, total) = sites.Page(org_id, page.Limit, page.Offset);
        page.WriteHeaders(context.Response, total);
        return ApiResults.JsonArray(items);
    }

    private static async Task<IResult> CreateSite(string org_id, HttpContext context, SiteStore sites, Database database, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (SiteValidator.Validate(body!, create: true) is { } invalid)
        {
            return ApiResults.BadRequest(invalid);
        }

        var now = runtime.Time.EpochSeconds();
        var siteId = Guid.NewGuid().ToString();
        var timezone = (string?)body!["timezone"] ?? "UTC";
        var site = SiteDocuments.NewSite(siteId, org_id, body, now, Timezones.OffsetMinutes(timezone, now));
        sites.Insert(site, SiteDocuments.NewSetting(Guid.NewGuid().ToString(), siteId, org_id, now));
        Audit(context, database, org_id, siteId, $"Add Site {site["name"]}", now, null, site);
        return ApiResults.Json(site);
    }

    private static IResult GetSite(string site_id, HttpContext context) =>
        ApiResults.Json(ScopeFilter.Site(context));

    private static async Task<IResult> UpdateSite(string site_id, HttpContext context, SiteStore sites, Database database, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (SiteValidator.Validate(body!, create: false) is { } invalid)
        {
            return ApiResults.BadRequest(invalid);
        }

        var now = runtime.Time.EpochSeconds();
        var updated = sites.Update(site_id, site =>
        {
            var merged = Merge.TopLevel(site, body!, SiteFields.ServerOwned, now);
            merged["tzoffset"] = Timezones.OffsetMinutes((string?)merged["timezone"] ?? "UTC", now);
            return merged;
        });
        if (updated is null)
        {
            return ApiResults.NotFound();
        }

        Audit(context, database, (string)updated["org_id"]!, site_id, $"Update Site {updated["name"]}", now, ScopeFilter.Site(context), updated);
        return ApiResults.Json(updated);
    }

    private static IResult DeleteSite(string site_id, HttpContext context, SiteStore sites, Database database, SimulatorRuntime runtime)
    {
        var site = ScopeFilter.Site(context);
        var now = runtime.Time.EpochSeconds();
        if (!sites.Delete(site_id, now))
        {
            return ApiResults.NotFound();
        }

        Audit(context, database, (string)site["org_id"]!, site_id, $"Delete Site {site["name"]}", now, site, null);
        return ApiResults.Ok();
    }

    private static void Audit(HttpContext context, Database database, string orgId, string siteId, string message, double now, System.Text.Json.Nodes.JsonNode? before, System.Text.Json.Nodes.JsonNode? after) =>
        database.Write(c =>
        {
            ActivityLog.Audit(c, orgId, siteId, Caller.From(context).Token, message, now, before, after);
            return 0;
        });
}

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

    private static async Task<IResult> CreateSite(string org_id, HttpContext context, SiteStore sites, SimulatorRuntime runtime)
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
        return ApiResults.Json(site);
    }

    private static IResult GetSite(string site_id, HttpContext context) =>
        ApiResults.Json(ScopeFilter.Site(context));

    private static async Task<IResult> UpdateSite(string site_id, HttpContext context, SiteStore sites, SimulatorRuntime runtime)
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
        return updated is null ? ApiResults.NotFound() : ApiResults.Json(updated);
    }

    private static IResult DeleteSite(string site_id, HttpContext context, SiteStore sites, SimulatorRuntime runtime)
    {
        return sites.Delete(site_id, runtime.Time.EpochSeconds()) ? ApiResults.Ok() : ApiResults.NotFound();
    }
}

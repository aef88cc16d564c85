using System.Text.Json.Nodes;
using Mist.Simulator.Auth;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;

namespace Mist.Simulator.Endpoints;

/// <summary><c>/orgs/{org_id}</c> (get, merge-update), its setting (get, merge-update) and its stats.</summary>
internal static class OrgEndpoints
{
    public static RouteGroupBuilder MapOrgs(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}", GetOrg).WithName("getOrg");
        api.MapPut("/orgs/{org_id}", UpdateOrg).WithName("updateOrg");
        api.MapGet("/orgs/{org_id}/stats", GetStats).WithName("getOrgStats");
        api.MapGet("/orgs/{org_id}/setting", (string org_id, OrgStore orgs) => orgs.GetSetting(org_id) is { } setting ? ApiResults.Json(setting) : ApiResults.NotFound())
            .WithName("getOrgSettings");
        api.MapPut("/orgs/{org_id}/setting", UpdateSettingAsync).WithName("updateOrgSettings");
        return api;
    }

    private static IResult GetOrg(string org_id, HttpContext context) =>
        ApiResults.Json(ScopeFilter.Org(context));

    private static async Task<IResult> UpdateOrg(string org_id, HttpContext context, OrgStore orgs, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (OrgValidator.Validate(body!) is { } invalid)
        {
            return ApiResults.BadRequest(invalid);
        }

        var now = runtime.Time.EpochSeconds();
        var updated = orgs.Update(org_id, org => Merge.TopLevel(org, body!, SiteFields.ServerOwned, now));
        return updated is null ? ApiResults.NotFound() : ApiResults.Json(updated);
    }

    /// <summary>The org's setting: a singleton, read and merge-updated only, like a site's.</summary>
    private static async Task<IResult> UpdateSettingAsync(string org_id, HttpContext context, OrgStore orgs, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var now = runtime.Time.EpochSeconds();
        var updated = orgs.UpdateSetting(org_id, setting => Merge.TopLevel(setting, body!, SiteFields.ServerOwned, now));
        return updated is null ? ApiResults.NotFound() : ApiResults.Json(updated);
    }

    private static IResult GetStats(string org_id, HttpContext context, SiteStore sites, DeviceStore devices)
    {
        var org = ScopeFilter.Org(context);

        var (inventory, assigned, connected) = devices.OrgCounts(org_id);
        var stats = org!.DeepClone().AsObject();
        stats.Remove("msp_name");
        stats.Remove("msp_logo_url");
        stats["num_sites"] = sites.Count(org_id);
        stats["num_devices"] = assigned;
        stats["num_devices_connected"] = connected;
        stats["num_devices_disconnected"] = assigned - connected;
        stats["num_inventory"] = inventory;
        stats["sle"] = new JsonArray();
        return ApiResults.Json(stats);
    }
}

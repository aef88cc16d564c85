using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;

namespace Mist.Simulator.Endpoints;

/// <summary><c>/sites/{site_id}/setting</c>: a singleton per site, read and merge-updated only.</summary>
internal static class SiteSettingEndpoints
{
    /// <summary>Setting sections the spec types as objects; the simulator rejects any other JSON type for them.</summary>
    private static readonly string[] s_objectFields = ["auto_upgrade", "rogue", "wifi", "vna", "vars", "led", "radio_config", "ble_config", "analytic", "engagement", "occupancy"];

    public static RouteGroupBuilder MapSiteSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/sites/{site_id}/setting", GetSetting).WithName("getSiteSetting");
        api.MapPut("/sites/{site_id}/setting", UpdateSetting).WithName("updateSiteSettings");
        return api;
    }

    private static IResult GetSetting(string site_id, HttpContext context, SiteStore sites)
    {
        return sites.GetSetting(site_id) is { } setting ? ApiResults.Json(setting) : ApiResults.NotFound();
    }

    private static async Task<IResult> UpdateSetting(string site_id, HttpContext context, SiteStore sites, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var invalid = FieldCheck.First(s_objectFields.Select(name => FieldCheck.Object(body!, name)).ToArray());
        if (invalid is not null)
        {
            return ApiResults.BadRequest(invalid);
        }

        var now = runtime.Time.EpochSeconds();
        var updated = sites.UpdateSetting(site_id, setting => Merge.TopLevel(setting, body!, SiteFields.ServerOwned, now));
        return updated is null ? ApiResults.NotFound() : ApiResults.Json(updated);
    }
}

using System.Text.Json.Nodes;
using Mist.Simulator.Firmware;
using Mist.Simulator.Http;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// The firmware versions offered per model (<c>type</c> defaults to ap, <c>model</c> narrows to one model; an
/// unknown model has none): <c>[{"model", "version", "tag"}]</c>, the recommended one tagged <c>stable</c>.
/// </summary>
internal static class FirmwareVersionEndpoints
{
    public static RouteGroupBuilder MapFirmwareVersions(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/devices/versions", (string org_id, HttpContext context) =>
            List(context.Request)).WithName("listOrgAvailableDeviceVersions");
        api.MapGet("/sites/{site_id}/devices/versions", (string site_id, HttpContext context) =>
            List(context.Request)).WithName("listSiteAvailableDeviceVersions");
        return api;
    }

    private static IResult List(HttpRequest request)
    {
        var type = Query.Get(request, "type") ?? "ap";
        if (type is not ("ap" or "switch" or "gateway"))
        {
            return ApiResults.BadRequest($"invalid type: {type} (expected ap, switch or gateway)");
        }

        var model = Query.Get(request, "model");
        var rows = new JsonArray();
        foreach (var m in FirmwareCatalog.Models(type).Where(m => model is null || string.Equals(m, model, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var (version, tag) in FirmwareCatalog.VersionsOf(type))
            {
                rows.Add((JsonNode)new JsonObject { ["model"] = m, ["version"] = version, ["tag"] = tag });
            }
        }

        return ApiResults.Json(rows);
    }
}

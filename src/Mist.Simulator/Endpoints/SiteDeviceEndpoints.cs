using System.Text.Json.Nodes;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>Device config under its site: list (type default ap, <c>all</c> accepted), search, get, merge-update.</summary>
internal static class SiteDeviceEndpoints
{
    public static RouteGroupBuilder MapSiteDevices(this RouteGroupBuilder api)
    {
        api.MapGet("/sites/{site_id}/devices", ListDevices).WithName("listSiteDevices");
        api.MapGet("/sites/{site_id}/devices/search", Search).WithName("searchSiteDevices");
        api.MapGet("/sites/{site_id}/devices/{device_id}", GetDevice).WithName("getSiteDevice");
        api.MapPut("/sites/{site_id}/devices/{device_id}", UpdateDevice).WithName("updateSiteDevice");
        return api;
    }

    private static IResult ListDevices(string site_id, HttpContext context, DeviceStore devices)
    {
        if (!PageRequest.TryParse(context.Request, out var page, out var error) ||
            !Query.TryGetTypes(context.Request, "ap", allowAll: true, out var types, out error))
        {
            return error!;
        }

        var filter = new DeviceFilter { SiteId = site_id, Types = types, Name = Query.Get(context.Request, "name") };
        var (rows, total) = devices.Page(filter, page.Limit, page.Offset);
        page.WriteHeaders(context.Response, total);
        return new DeviceArrayResult(rows, DeviceJson.Config);
    }

    private static IResult Search(string site_id, HttpContext context, DeviceStore devices, SimulatorRuntime runtime) =>
        DeviceSearch.Run(context.Request, new DeviceFilter { SiteId = site_id }, devices, runtime, allowSiteFilter: false);

    private static IResult GetDevice(string site_id, string device_id, HttpContext context, DeviceStore devices)
    {
        return devices.Get(device_id) is { } device && device.SiteId == site_id
            ? ApiResults.Json(DeviceJson.One(device, DeviceJson.Config))
            : ApiResults.NotFound();
    }

    private static async Task<IResult> UpdateDevice(string site_id, string device_id, HttpContext context, DeviceStore devices, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var invalid = FieldCheck.First(
            FieldCheck.String(body!, "name"),
            FieldCheck.String(body!, "notes", nullable: true),
            FieldCheck.String(body!, "map_id", nullable: true),
            FieldCheck.Number(body!, "x", double.MinValue, double.MaxValue),
            FieldCheck.Number(body!, "y", double.MinValue, double.MaxValue),
            FieldCheck.Number(body!, "height", double.MinValue, double.MaxValue),
            FieldCheck.Integer(body!, "orientation", 0, 359),
            FieldCheck.Boolean(body!, "locked"),
            FieldCheck.Object(body!, "vars"));
        if (invalid is not null)
        {
            return ApiResults.BadRequest(invalid);
        }

        var now = runtime.Time.EpochSeconds();
        var updated = devices.Update(device_id, device =>
        {
            if (device.SiteId != site_id)
            {
                return device;
            }

            var config = JsonNode.Parse(device.Config)!.AsObject();
            Merge.TopLevel(config, body!, SiteFields.DeviceReadOnly, now);
            config.Remove("modified_time");
            config.Remove("name");
            var name = body!.TryGetPropertyValue("name", out var newName) ? (string?)newName : device.Name;
            return device with { Name = name, Config = config.ToJsonString(), ModifiedTime = now };
        });
        return updated is null || updated.SiteId != site_id
            ? ApiResults.NotFound()
            : ApiResults.Json(DeviceJson.One(updated, DeviceJson.Config));
    }
}

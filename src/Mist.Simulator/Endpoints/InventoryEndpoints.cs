using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// The org inventory: list (paged, filters), claim (<c>POST</c>, an array of codes; 400 with the same body when
/// nothing was valid) and <c>PUT</c> with op assign / unassign / delete and per-item outcomes.
/// </summary>
internal static class InventoryEndpoints
{
    public static RouteGroupBuilder MapInventory(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/inventory", ListInventory).WithName("getOrgInventory");
        api.MapPost("/orgs/{org_id}/inventory", Claim).WithName("addOrgInventory");
        api.MapPut("/orgs/{org_id}/inventory", Change).WithName("updateOrgInventoryAssignment");
        return api;
    }

    private static IResult ListInventory(string org_id, HttpContext context, DeviceStore devices)
    {
        var request = context.Request;
        if (!PageRequest.TryParse(request, out var page, out var error) ||
            // As the live API since 2602: without type, APs only; "all" and comma-separated lists are accepted.
            !Query.TryGetTypes(request, "ap", allowAll: true, out var types, out error) ||
            !Query.TryGetMac(request, out var mac, out error) ||
            !Query.TryGetBool(request, "unassigned", out var unassigned, out error) ||
            !Query.TryGetBool(request, "vc", out _, out error))
        {
            return error!;
        }

        double? modifiedAfter = null;
        if (Query.Get(request, "modified_after") is { } text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var after))
            {
                return ApiResults.BadRequest($"invalid modified_after: {text} (epoch seconds are expected)");
            }

            modifiedAfter = after;
        }

        var filter = new DeviceFilter
        {
            OrgId = org_id,
            Types = types,
            Mac = mac,
            Serial = Query.Get(request, "serial"),
            Model = Query.Get(request, "model"),
            SiteId = Query.Get(request, "site_id"),
            Assigned = unassigned is false ? true : null,
            ModifiedAfter = modifiedAfter,
        };
        var (rows, total) = devices.Page(filter, page.Limit, page.Offset);
        page.WriteHeaders(context.Response, total);
        return new DeviceArrayResult(rows, DeviceJson.Inventory);
    }

    private static async Task<IResult> Claim(string org_id, HttpContext context, InventoryOperations inventory, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadAsync(context.Request, optional: false, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (body is not JsonArray array || array.Any(code => code?.GetValueKind() != JsonValueKind.String))
        {
            return ApiResults.BadRequest("invalid request body: a list of claim codes (strings) is expected");
        }

        var result = inventory.Claim(org_id, array.Select(code => (string)code!).ToList(), runtime.Time.EpochSeconds());
        var anyValid = result.Added.Count + result.Duplicated.Count > 0 || result.Error.Count == 0;
        return Results.Json(result, SimulatorJsonContext.Default.InventoryAddResponse, statusCode: anyValid ? 200 : 400);
    }

    private static async Task<IResult> Change(string org_id, HttpContext context, InventoryOperations inventory, SiteStore sites, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        InventoryUpdateRequest? update;
        try
        {
            update = body.Deserialize(SimulatorJsonContext.Default.InventoryUpdateRequest);
        }
        catch (JsonException e)
        {
            return ApiResults.BadRequest($"invalid {e.Path?.TrimStart('$', '.') ?? "body"}: wrong type");
        }

        if (!TryNormalizeMacs(update!.Macs, out var macs, out var invalid))
        {
            return invalid!;
        }

        var now = runtime.Time.EpochSeconds();
        switch (update.Op)
        {
            case null:
                return ApiResults.BadRequest("op is required");
            case "assign":
                if (update.SiteId is null)
                {
                    return ApiResults.BadRequest("site_id is required for op assign");
                }

                if (sites.Get(update.SiteId) is not { } site || (string?)site["org_id"] != org_id)
                {
                    return ApiResults.BadRequest($"invalid site_id: {update.SiteId} is not a site of this org");
                }

                return Changed(inventory.Assign(org_id, update.SiteId, macs, update.NoReassign, now));
            case "unassign":
                return Changed(inventory.Unassign(org_id, macs, now));
            case "delete":
                return Changed(inventory.Delete(org_id, macs, update.Serials ?? [], now));
            case "upgrade_to_mist" or "downgrade_to_jsi":
                return ApiResults.BadRequest($"op {update.Op} is not supported by the simulator");
            default:
                return ApiResults.BadRequest($"invalid op: {update.Op} (assign, unassign, delete, upgrade_to_mist or downgrade_to_jsi)");
        }
    }

    private static bool TryNormalizeMacs(IReadOnlyList<string>? input, out List<string> macs, out IResult? error)
    {
        macs = [];
        error = null;
        foreach (var value in input ?? [])
        {
            if (!MacAddress.TryNormalize(value, out var mac))
            {
                error = ApiResults.BadRequest($"invalid mac: {value} (12 hex digits are expected)");
                return false;
            }

            macs.Add(mac);
        }

        return true;
    }

    private static IResult Changed(InventoryChangeResponse response) =>
        Results.Json(response, SimulatorJsonContext.Default.InventoryChangeResponse);
}

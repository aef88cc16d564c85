using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Simulator.Auth;
using Mist.Simulator.Firmware;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Site and device firmware upgrades: start (one device, or a site's devices by id, model or all that the version
/// fits), list, get and cancel. Progress follows the clock (<see cref="UpgradePlan"/>).
/// </summary>
internal static class SiteUpgradeEndpoints
{
    public static RouteGroupBuilder MapSiteUpgrades(this RouteGroupBuilder api)
    {
        api.MapPost("/sites/{site_id}/devices/{device_id}/upgrade", UpgradeDeviceAsync).WithName("upgradeDevice");
        api.MapPost("/sites/{site_id}/devices/upgrade", UpgradeSiteAsync).WithName("upgradeSiteDevices");
        api.MapGet("/sites/{site_id}/devices/upgrade", List).WithName("listSiteDeviceUpgrades");
        api.MapGet("/sites/{site_id}/devices/upgrade/{upgrade_id}", Get).WithName("getSiteDeviceUpgrade");
        api.MapPost("/sites/{site_id}/devices/upgrade/{upgrade_id}/cancel", Cancel).WithName("cancelSiteDeviceUpgrade");
        return api;
    }

    private static async Task<IResult> UpgradeDeviceAsync(
        string site_id, string device_id, HttpContext context, DeviceStore devices, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var site = ScopeFilter.Site(context);

        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null || !TryReadCommon(body!, out var version, out var reboot, out var startTime, out error))
        {
            return error!;
        }

        if (devices.Get(device_id) is not { } device || device.SiteId != site_id)
        {
            return ApiResults.NotFound();
        }

        var now = runtime.Time.EpochSeconds();
        var (plan, problem) = UpgradePlanner.Plan(
            new UpgradePlanner.Request((string)site!["org_id"]!, site_id, d => FirmwareCatalog.Resolve(d.Model, version!), version!, "big_bang", Force: false, reboot, Math.Max(now, startTime ?? now)) { Attempt = upgrades.ForSite(site_id).Count },
            [device], runtime.Faults.Options, runtime.Options.Firmware);
        if (plan is null)
        {
            return ApiResults.BadRequest(problem!);
        }

        upgrades.Add(plan, now);
        var stage = plan.StageOf(plan.Devices[0], now, runtime.Options.Firmware).Stage;
        var status = stage == UpgradeStage.Skipped ? "success" : stage == UpgradeStage.Queued ? "scheduled" : "inprogress";
        return ApiResults.Json(new JsonObject { ["status"] = status, ["timestamp"] = now });
    }

    private static async Task<IResult> UpgradeSiteAsync(
        string site_id, HttpContext context, DeviceStore devices, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var site = ScopeFilter.Site(context);

        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null || !TryReadCommon(body!, out var version, out var reboot, out var startTime, out error))
        {
            return error!;
        }

        if (!TryStrings(body!, "device_ids", out var ids, out error) || !TryStrings(body!, "models", out var models, out error))
        {
            return error!;
        }

        if (models?.FirstOrDefault(m => !FirmwareCatalog.IsKnownModel(m)) is { } unknown)
        {
            return ApiResults.BadRequest($"unknown model: {unknown}");
        }

        var onSite = devices.All(new DeviceFilter { SiteId = site_id });
        if (ids?.FirstOrDefault(id => onSite.All(d => d.Id != id)) is { } missing)
        {
            return ApiResults.BadRequest($"device {missing} is not on this site");
        }

        // Without ids or models, the devices the version fits: an AP version selects the APs.
        var chosen = onSite.Where(d =>
            (ids is null || ids.Contains(d.Id)) &&
            (models is null || models.Contains(d.Model, StringComparer.OrdinalIgnoreCase)) &&
            (ids is not null || models is not null || FirmwareCatalog.Resolve(d.Model, version!) is not null)).ToList();
        var now = runtime.Time.EpochSeconds();
        var (plan, problem) = UpgradePlanner.Plan(
            new UpgradePlanner.Request(
                (string)site!["org_id"]!, site_id, d => FirmwareCatalog.Resolve(d.Model, version!), version!,
                (string?)body!["strategy"] ?? "big_bang", body!["force"]?.GetValueKind() == JsonValueKind.True, reboot, Math.Max(now, startTime ?? now)) { Attempt = upgrades.ForSite(site_id).Count },
            chosen, runtime.Faults.Options, runtime.Options.Firmware);
        if (plan is null)
        {
            return ApiResults.BadRequest(problem!);
        }

        upgrades.Add(plan, now);
        return ApiResults.Json(new JsonObject { ["upgrade_id"] = plan.Id });
    }

    private static IResult List(string site_id, HttpContext context, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var status = Query.Get(context.Request, "status");
        var now = runtime.Time.EpochSeconds();
        upgrades.Settle(now, runtime.Options.Firmware);
        var items = upgrades.ForSite(site_id).Select(p => UpgradeJson.ListItem(p, now, runtime.Options.Firmware))
            .Where(i => status is null || (string?)i["status"] == status);
        return ApiResults.Json(new JsonArray([.. items]));
    }

    private static IResult Get(string site_id, string upgrade_id, HttpContext context, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var now = runtime.Time.EpochSeconds();
        upgrades.Settle(now, runtime.Options.Firmware);
        return upgrades.Get(site_id, upgrade_id) is { } plan ? ApiResults.Json(UpgradeJson.Site(plan, now, runtime.Options.Firmware)) : ApiResults.NotFound();
    }

    private static IResult Cancel(string site_id, string upgrade_id, HttpContext context, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var now = runtime.Time.EpochSeconds();
        upgrades.Settle(now, runtime.Options.Firmware);
        return upgrades.Get(site_id, upgrade_id) is not { } plan ? ApiResults.NotFound()
            : TryCancel(plan, now, upgrades, runtime.Options.Firmware) is { } problem ? ApiResults.BadRequest(problem)
            : ApiResults.Ok();
    }

    /// <summary>Cancels the devices that have not started downloading; the reason when none is left to cancel.</summary>
    internal static string? TryCancel(UpgradePlan plan, double now, UpgradeStore upgrades, FirmwareOptions f)
    {
        var stages = plan.Devices.Select(d => plan.StageOf(d, now, f).Stage).ToList();
        if (stages.All(UpgradePlan.IsFinal))
        {
            return "upgrade already finished";
        }

        if (!stages.Contains(UpgradeStage.Queued))
        {
            return "every device has started upgrading; the upgrade can no longer be cancelled";
        }

        plan.CancelledAt = now;
        upgrades.Save(plan);
        return null;
    }

    /// <summary><c>version</c> (required), <c>reboot</c>, <c>start_time</c> (epoch seconds).</summary>
    internal static bool TryReadCommon(JsonObject body, out string? version, out bool reboot, out double? startTime, out IResult? error)
    {
        error = null;
        version = body["version"]?.GetValueKind() == JsonValueKind.String ? (string?)body["version"] : null;
        reboot = body["reboot"]?.GetValueKind() == JsonValueKind.True;
        startTime = body["start_time"]?.GetValueKind() == JsonValueKind.Number ? (double)body["start_time"]! : null;
        if (string.IsNullOrEmpty(version))
        {
            error = ApiResults.BadRequest("version is required");
            return false;
        }

        if (body["strategy"] is { } strategy && (strategy.GetValueKind() != JsonValueKind.String || !UpgradePlanner.Strategies.Contains((string?)strategy)))
        {
            error = ApiResults.BadRequest($"invalid strategy: {strategy.ToJsonString()} (big_bang, canary, rrm or serial)");
            return false;
        }

        return true;
    }

    internal static bool TryStrings(JsonObject body, string name, out List<string>? values, out IResult? error)
    {
        error = null;
        values = null;
        if (body[name] is null)
        {
            return true;
        }

        if (body[name] is not JsonArray array || array.Any(v => v?.GetValueKind() != JsonValueKind.String))
        {
            error = ApiResults.BadRequest($"invalid {name}: an array of strings is expected");
            return false;
        }

        values = [.. array.Select(v => (string)v!)];
        return true;
    }
}

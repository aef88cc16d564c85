using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Simulator.Firmware;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Org firmware upgrades: one site upgrade per chosen site (<c>site_ids</c> or <c>all_sites</c>), devices of
/// <c>device_type</c> (default ap) and <c>models</c>, versions from <c>versions[]</c> (<c>version</c>, or
/// <c>model_version</c> per model, by <c>firmware_type</c> ap or junos). Get, list and cancel cover every site upgrade.
/// </summary>
internal static class OrgUpgradeEndpoints
{
    public static RouteGroupBuilder MapOrgUpgrades(this RouteGroupBuilder api)
    {
        api.MapPost("/orgs/{org_id}/devices/upgrade", UpgradeAsync).WithName("upgradeOrgDevices");
        api.MapGet("/orgs/{org_id}/devices/upgrade", List).WithName("listOrgDeviceUpgrades");
        api.MapGet("/orgs/{org_id}/devices/upgrade/{upgrade_id}", Get).WithName("getOrgDeviceUpgrade");
        api.MapPost("/orgs/{org_id}/devices/upgrade/{upgrade_id}/cancel", Cancel).WithName("cancelOrgDeviceUpgrade");
        return api;
    }

    private static async Task<IResult> UpgradeAsync(
        string org_id, HttpContext context, SiteStore sites, DeviceStore devices, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null ||
            !SiteUpgradeEndpoints.TryStrings(body!, "site_ids", out var siteIds, out error) ||
            !SiteUpgradeEndpoints.TryStrings(body!, "models", out var models, out error))
        {
            return error!;
        }

        var type = (string?)body!["device_type"] ?? "ap";
        if (type is not ("ap" or "switch" or "gateway"))
        {
            return ApiResults.BadRequest($"invalid device_type: {type} (ap, switch or gateway)");
        }

        if (!TryVersions(body!, type, out var versionFor, out var targetVersion, out error))
        {
            return error!;
        }

        if (models?.FirstOrDefault(m => !FirmwareCatalog.IsKnownModel(m)) is { } unknown)
        {
            return ApiResults.BadRequest($"unknown model: {unknown}");
        }

        var allSites = body!["all_sites"]?.GetValueKind() == JsonValueKind.True;
        if (!allSites && (siteIds is null || siteIds.Count == 0))
        {
            return ApiResults.BadRequest("site_ids or all_sites is required");
        }

        var chosen = allSites ? sites.Ids(org_id) : siteIds!;
        var strategy = (string?)body!["strategy"] ?? "big_bang";
        var force = body!["force"]?.GetValueKind() == JsonValueKind.True;
        var now = runtime.Time.EpochSeconds();
        var plans = new List<UpgradePlan>();
        foreach (var siteId in chosen)
        {
            if (sites.Get(siteId) is not { } site || (string?)site["org_id"] != org_id)
            {
                return ApiResults.BadRequest($"site {siteId} is not in this org");
            }

            var onSite = devices.All(new DeviceFilter { SiteId = siteId, Types = [type] })
                .Where(d => models is null || models.Contains(d.Model, StringComparer.OrdinalIgnoreCase)).ToList();
            if (onSite.Count == 0)
            {
                continue;
            }

            var (plan, problem) = UpgradePlanner.Plan(
                new UpgradePlanner.Request(org_id, siteId, versionFor, targetVersion, strategy, force, Reboot: true, now) { Attempt = upgrades.ForSite(siteId).Count },
                onSite, runtime.Faults.Options, runtime.Options.Firmware);
            if (plan is null)
            {
                return ApiResults.BadRequest(problem!);
            }

            plans.Add(plan);
        }

        if (plans.Count == 0)
        {
            return ApiResults.BadRequest("no device in the chosen sites matches the upgrade");
        }

        var id = Guid.NewGuid().ToString();
        plans = [.. plans.Select(p => new UpgradePlan
        {
            Id = p.Id, OrgId = p.OrgId, SiteId = p.SiteId, OrgUpgradeId = id, Strategy = p.Strategy, TargetVersion = p.TargetVersion,
            Force = p.Force, Reboot = p.Reboot, StartTime = p.StartTime, Devices = p.Devices,
        })];
        var stored = new JsonObject
        {
            ["id"] = id, ["strategy"] = strategy, ["target_version"] = targetVersion, ["force"] = force,
            ["site_upgrades"] = new JsonArray([.. plans.Select(p => (JsonNode)new JsonObject { ["site_id"] = p.SiteId, ["upgrade_id"] = p.Id })]),
        };
        upgrades.AddOrg(id, org_id, stored, plans, now);
        return ApiResults.Json(UpgradeJson.Org(stored, upgrades.Get, now, runtime.Options.Firmware));
    }

    private static IResult List(string org_id, HttpContext context, UpgradeStore upgrades) =>
        ApiResults.Json(new JsonArray([.. upgrades.ForOrg(org_id).Select(o => (JsonNode)new JsonObject
        {
            ["id"] = (string?)o["id"],
            ["site_upgrades"] = o["site_upgrades"]!.DeepClone(),
        })]));

    private static IResult Get(string org_id, string upgrade_id, HttpContext context, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var now = runtime.Time.EpochSeconds();
        upgrades.Settle(now, runtime.Options.Firmware);
        return upgrades.GetOrg(org_id, upgrade_id) is { } stored
            ? ApiResults.Json(UpgradeJson.Org(stored, upgrades.Get, now, runtime.Options.Firmware))
            : ApiResults.NotFound();
    }

    /// <summary>Cancels every site upgrade that still has queued devices; 400 when none has.</summary>
    private static IResult Cancel(string org_id, string upgrade_id, HttpContext context, UpgradeStore upgrades, SimulatorRuntime runtime)
    {
        var now = runtime.Time.EpochSeconds();
        upgrades.Settle(now, runtime.Options.Firmware);
        if (upgrades.GetOrg(org_id, upgrade_id) is not { } stored)
        {
            return ApiResults.NotFound();
        }

        string? problem = "upgrade already finished";
        var cancelled = false;
        foreach (var entry in stored["site_upgrades"]!.AsArray())
        {
            if (upgrades.Get((string)entry!["site_id"]!, (string)entry["upgrade_id"]!) is { } plan)
            {
                problem = SiteUpgradeEndpoints.TryCancel(plan, now, upgrades, runtime.Options.Firmware);
                cancelled |= problem is null;
            }
        }

        return cancelled ? ApiResults.Ok() : ApiResults.BadRequest(problem!);
    }

    /// <summary>The version per device from <c>versions[]</c>: <c>model_version[model]</c>, else <c>version</c> (or <c>stable</c>).</summary>
    private static bool TryVersions(JsonObject body, string type, out Func<DeviceRow, string?> versionFor, out string targetVersion, out IResult? error)
    {
        error = null;
        versionFor = _ => null;
        targetVersion = "";
        var firmwareType = type == "ap" ? "ap" : "junos";
        if (body["versions"] is not JsonArray versions || versions.Count == 0)
        {
            error = ApiResults.BadRequest("versions is required: [{\"firmware_type\", \"version\"}]");
            return false;
        }

        var entry = versions.OfType<JsonObject>().FirstOrDefault(v => ((string?)v["firmware_type"] ?? firmwareType) == firmwareType);
        if (entry is null)
        {
            error = ApiResults.BadRequest($"versions has no entry for firmware_type {firmwareType}");
            return false;
        }

        var version = entry["version"]?.GetValueKind() == JsonValueKind.String ? (string)entry["version"]! : null;
        var perModel = entry["model_version"] as JsonObject;
        if (version is null && perModel is null)
        {
            error = ApiResults.BadRequest("versions[].version or versions[].model_version is required");
            return false;
        }

        targetVersion = version ?? string.Join(",", perModel!.Select(p => $"{p.Key}={p.Value}"));
        versionFor = d =>
        {
            var wanted = perModel?[d.Model]?.GetValueKind() == JsonValueKind.String ? (string)perModel[d.Model]! : version;
            return wanted is null ? null : FirmwareCatalog.Resolve(d.Model, wanted);
        };
        return true;
    }
}

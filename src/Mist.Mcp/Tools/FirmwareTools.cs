using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Reading firmware: the versions Mist offers per model, and how an upgrade is going.</summary>
[McpServerToolType]
internal sealed class FirmwareTools(MistConnection connection, MistResolver resolve)
{
    /// <summary>MACs shown per upgrade stage; the counts are always whole, so a large upgrade stays a bounded answer.</summary>
    internal const int MaxMacsPerStage = 50;

    /// <summary>Site upgrades shown for an org upgrade, for the same reason.</summary>
    internal const int MaxSites = 100;

    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "list_firmware_versions", Title = "List firmware versions", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "The firmware versions Mist offers, per model, for the org or one site, one page at a time: each item has model, version, tag " +
        "and recommended (true for the version tagged stable, the one to upgrade to). Filter by model and device type (default ap).")]
    public async Task<ToolPage> ListFirmwareVersionsAsync(
        [Description(MistResolver.OrgDescription + " Not needed when site is an id.")] string? org = null,
        [Description("The versions offered to this site's devices: its id or name. Default: the org's.")] string? site = null,
        [Description("Only this hardware model, e.g. AP43.")] string? model = null,
        [Description(ToolText.Type + " Here the default is ap; all is not accepted.")] string? type = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("list_firmware_versions", cursor, limit);
        var deviceType = DeviceFilters.Type(type);
        if (type is not null && deviceType is null)
        {
            // Mist lists versions for one type at a time.
            throw ToolErrors.InvalidParams("type must be ap, switch or gateway for firmware versions.");
        }

        var found = site is null ? null : await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        var orgId = found?.OrgId ?? await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var versions = found is null
            ? await _mist.Firmware.ListVersionsAsync(orgId, deviceType, model, cancellationToken).ConfigureAwait(false)
            : await _mist.Firmware.ListSiteVersionsAsync(found.Id, deviceType, model, cancellationToken).ConfigureAwait(false);

        // Newest first within a model, so the first page shows what matters.
        var ordered = versions
            .OrderBy(v => v.Model, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(v => v.Version, FirmwareVersionComparer.Instance)
            .ToList();
        var fingerprint = ListPaging.Fingerprint(orgId.ToString(), found?.Id.ToString(), deviceType?.Value, model);
        return ListPaging.Slice(ordered, "list_firmware_versions", fingerprint, cursor, limit, v => new JsonObject
        {
            ["model"] = v.Model,
            ["version"] = v.Version,
            ["tag"] = v.Tag,
            ["recommended"] = v.IsRecommended,
        });
    }

    [McpServerTool(Name = "get_upgrade", Title = "Get firmware upgrade", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "How a firmware upgrade is going. With site: a site upgrade (as upgrade_devices returns it) with its status (queued, downloading, upgrading, " +
        "then completed, failed or cancelled), the number of devices per stage and their MACs (at most 50 per stage). " +
        "Without site: an org upgrade with each site's upgrade id and status.")]
    public async Task<JsonObject> GetUpgradeAsync(
        [Description("The upgrade id (upgrade_id from upgrade_devices).")] string upgrade_id,
        [Description("The site of a site upgrade: its id or name. Omit for an org upgrade.")] string? site = null,
        [Description(MistResolver.OrgDescription + " Not needed when site is an id.")] string? org = null,
        CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(upgrade_id?.Trim(), out var id))
        {
            throw ToolErrors.InvalidParams($"upgrade_id must be an upgrade's id (a UUID); '{upgrade_id}' is not one.");
        }

        if (site is not null)
        {
            var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
            var upgrade = await _mist.Firmware.GetSiteUpgradeAsync(found.Id, id, cancellationToken).ConfigureAwait(false);
            var result = SiteUpgradeSummary(upgrade);
            result["site_id"] = found.Id.ToString("D");
            result["site_name"] = found.Name;
            return result;
        }

        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var orgUpgrade = await _mist.Firmware.GetOrgUpgradeAsync(orgId, id, cancellationToken).ConfigureAwait(false);
        var sites = orgUpgrade.Upgrades ?? [];
        return new JsonObject
        {
            ["id"] = orgUpgrade.Id.ToString("D"),
            ["strategy"] = orgUpgrade.Strategy,
            ["target_version"] = orgUpgrade.TargetVersion,
            ["site_count"] = sites.Count,
            ["sites"] = new JsonArray([.. sites.Take(MaxSites).Select(s => (JsonNode)new JsonObject
            {
                ["site_id"] = s.SiteId?.ToString("D"),
                ["upgrade_id"] = s.Upgrade?.Id.ToString("D"),
                ["status"] = s.Upgrade?.Status,
            })]),
            ["truncated"] = sites.Count > MaxSites,
        };
    }

    /// <summary>A site upgrade with whole counts per stage and at most <see cref="MaxMacsPerStage"/> MACs each.</summary>
    internal static JsonObject SiteUpgradeSummary(SiteUpgrade upgrade)
    {
        var counts = new JsonObject();
        var macs = new JsonObject();
        var truncated = false;
        var targets = upgrade.Targets is null
            ? null
            : JsonSerializer.SerializeToNode(upgrade.Targets, MistJsonContext.Default.UpgradeTargets) as JsonObject;
        foreach (var (stage, node) in targets ?? [])
        {
            if (node is JsonArray list)
            {
                counts[stage] = list.Count;
                macs[stage] = new JsonArray([.. list.Take(MaxMacsPerStage).Select(m => m?.DeepClone())]);
                truncated |= list.Count > MaxMacsPerStage;
            }
        }

        return new JsonObject
        {
            ["id"] = upgrade.Id.ToString("D"),
            ["status"] = upgrade.Status,
            ["finished"] = upgrade.IsFinished,
            ["strategy"] = upgrade.Strategy,
            ["target_version"] = upgrade.TargetVersion,
            ["start_time"] = upgrade.StartTime,
            ["total"] = upgrade.Targets?.Total,
            ["counts"] = counts,
            ["devices"] = macs,
            ["truncated"] = truncated,
        };
    }
}

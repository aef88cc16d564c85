using System.ComponentModel;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Upgrading firmware; registered only when writes are allowed.</summary>
[McpServerToolType]
internal sealed class FirmwareWriteTools(MistConnection connection, MistResolver resolve, IConfirmationGate gate)
{
    private static readonly string[] s_strategies = ["big_bang", "serial", "canary", "rrm"];
    private static readonly string[] s_orgTypes = ["ap", "switch", "gateway"];

    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "upgrade_devices", Title = "Upgrade device firmware", ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Starts a firmware upgrade to a version, after confirmation, and returns its upgrade_id at once; follow it with get_upgrade. " +
        "Scope: a site's devices (site; all of them, only a model, or the devices listed in macs), or every site of the org " +
        "(all_sites: true, without site; one org upgrade of device_type, default ap). Each device reboots: its clients lose service " +
        "for several minutes. Devices already on the version are skipped. Pick the version with list_firmware_versions.")]
    public async Task<ActionResult> UpgradeDevicesAsync(
        McpServer server,
        [Description("The firmware version to install, as list_firmware_versions shows it (e.g. 0.14.29313).")] string version,
        [Description(ToolText.Site + " Required unless all_sites is true.")] string? site = null,
        [Description("true: upgrade the devices of every site of the org in one org upgrade (then give no site and no macs).")] bool all_sites = false,
        [Description("With all_sites: the type of device upgraded, ap (default), switch or gateway.")] string? device_type = null,
        [Description(ToolText.Macs + " Only these devices of the site; default: every device of the site the version fits.")] string[]? macs = null,
        [Description("Only devices of this hardware model, e.g. AP43.")] string? model = null,
        [Description("How devices are taken down: big_bang (all at once, the default), serial, canary or rrm (APs).")] string? strategy = null,
        [Description(MistResolver.OrgDescription + " Not needed when site is an id.")] string? org = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        // Arguments first, so a wrong one sends nothing and asks nobody.
        if (string.IsNullOrWhiteSpace(version))
        {
            throw ToolErrors.InvalidParams("version must not be blank: give one from list_firmware_versions.");
        }

        if (strategy is not null && !s_strategies.Contains(strategy.Trim(), StringComparer.Ordinal))
        {
            throw ToolErrors.InvalidParams($"strategy must be one of {string.Join(", ", s_strategies)}; '{strategy}' is not.");
        }

        if (all_sites == !string.IsNullOrWhiteSpace(site))
        {
            throw ToolErrors.InvalidParams("Give site (one site's upgrade) or all_sites: true (the whole org's), not both and not neither.");
        }

        if (all_sites)
        {
            if (macs is { Length: > 0 })
            {
                throw ToolErrors.InvalidParams("macs names devices of one site: give site with it, not all_sites.");
            }

            return await UpgradeOrgAsync(server, version.Trim(), device_type, model, strategy, org, confirm, cancellationToken).ConfigureAwait(false);
        }

        if (device_type is not null)
        {
            throw ToolErrors.InvalidParams("device_type goes with all_sites; a site upgrade takes the devices of the site the version fits.");
        }

        var found = await resolve.SiteAsync(org, site!, cancellationToken).ConfigureAwait(false);
        var options = new SiteUpgradeOptions(version.Trim()) { Strategy = strategy?.Trim() };
        if (!string.IsNullOrWhiteSpace(model))
        {
            options.Models.Add(model.Trim());
        }

        ConfirmationRequest request;
        if (macs is { Length: > 0 })
        {
            var orgId = found.OrgId ?? await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
            var (list, serials) = await resolve.MacsAsync(orgId, macs, cancellationToken).ConfigureAwait(false);
            foreach (var mac in list)
            {
                options.DeviceIds.Add(MacAddress.ToDeviceId(mac));
            }

            request = ConfirmationRequest.ForDevices($"upgrade to {version.Trim()}", list, "Each device reboots; its clients lose service for several minutes.", serials);
        }
        else
        {
            var which = string.IsNullOrWhiteSpace(model) ? "every device" : $"every {model.Trim()}";
            request = ConfirmationRequest.ForObject(
                $"upgrade {which} of site {{target}} to {version.Trim()}", "site", found.Name, found.Id.ToString("D"),
                "Each device reboots; its clients lose service for several minutes.");
        }

        await gate.ConfirmAsync(server, request, confirm, cancellationToken).ConfigureAwait(false);
        var upgradeId = await _mist.Firmware.UpgradeSiteAsync(found.Id, options, cancellationToken).ConfigureAwait(false);
        return new ActionResult("upgrade started", new JsonObject
        {
            ["upgrade_id"] = upgradeId.ToString("D"),
            ["site_id"] = found.Id.ToString("D"),
            ["site_name"] = found.Name,
            ["version"] = version.Trim(),
        });
    }

    // POST /orgs/{org_id}/devices/upgrade with all_sites: one site upgrade per site that has a device the version fits.
    private async Task<ActionResult> UpgradeOrgAsync(
        McpServer server, string version, string? deviceType, string? model, string? strategy, string? org, string? confirm, CancellationToken cancellationToken)
    {
        var type = deviceType?.Trim() ?? "ap";
        if (!s_orgTypes.Contains(type, StringComparer.Ordinal))
        {
            throw ToolErrors.InvalidParams($"device_type must be one of {string.Join(", ", s_orgTypes)}; '{deviceType}' is not.");
        }

        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var name = (await _mist.Orgs.GetAsync(orgId, cancellationToken).ConfigureAwait(false)).Name;
        var which = string.IsNullOrWhiteSpace(model) ? $"every {type}" : $"every {model.Trim()}";
        var request = ConfirmationRequest.ForObject(
            $"upgrade {which} of every site of org {{target}} to {version}", "org", name, orgId.ToString("D"),
            "Each device reboots; its clients lose service for several minutes, across the whole org.");
        await gate.ConfirmAsync(server, request, confirm, cancellationToken).ConfigureAwait(false);

        var options = new OrgUpgradeOptions(version, new DeviceType(type)) { AllSites = true, Strategy = strategy?.Trim() };
        if (!string.IsNullOrWhiteSpace(model))
        {
            options.Models.Add(model.Trim());
        }

        var upgrade = await _mist.Firmware.UpgradeOrgAsync(orgId, options, cancellationToken).ConfigureAwait(false);
        return new ActionResult("org upgrade started", new JsonObject
        {
            ["upgrade_id"] = upgrade.Id.ToString("D"),
            ["org_id"] = orgId.ToString("D"),
            ["version"] = version,
            ["site_upgrades"] = new JsonArray([.. (upgrade.Upgrades ?? []).Where(u => u.SiteId is not null && u.Upgrade is not null)
                .Select(u => (JsonNode)new JsonObject { ["site_id"] = u.SiteId!.Value.ToString("D"), ["upgrade_id"] = u.Upgrade!.Id.ToString("D") })]),
        });
    }
}

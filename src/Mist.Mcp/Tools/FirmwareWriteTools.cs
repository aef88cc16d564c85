using System.ComponentModel;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Upgrading firmware; registered only when writes are allowed.</summary>
[McpServerToolType]
internal sealed class FirmwareWriteTools(MistConnection connection, MistResolver resolve, IConfirmationGate gate)
{
    private static readonly string[] s_strategies = ["big_bang", "serial", "canary", "rrm"];

    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "upgrade_devices", Title = "Upgrade device firmware", ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Starts a firmware upgrade of a site's devices (all of them, only some models, or the devices listed in macs) to a version, after confirmation, " +
        "and returns its upgrade_id at once; follow it with get_upgrade. Each device reboots: its clients lose service for several minutes. " +
        "Devices already on the version are skipped. Pick the version with list_firmware_versions.")]
    public async Task<ActionResult> UpgradeDevicesAsync(
        McpServer server,
        [Description(ToolText.Site)] string site,
        [Description("The firmware version to install, as list_firmware_versions shows it (e.g. 0.14.29313).")] string version,
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

        var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
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
}

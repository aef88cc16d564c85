using System.ComponentModel;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Claiming devices and moving them between sites and out of the org; registered only when writes are allowed.</summary>
[McpServerToolType]
internal sealed class InventoryWriteTools(MistConnection connection, MistResolver resolve, IConfirmationGate gate)
{
    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "claim_devices", Title = "Claim devices", ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Claims devices into the org's inventory by their claim codes (activation codes on the box). Reports each code: added, " +
        "already in the org (duplicated, nothing changes), or refused with Mist's reason. Claimed devices are on no site until assigned.")]
    public async Task<ClaimSummary> ClaimDevicesAsync(
        [Description("Claim codes, e.g. [\"ABCD-EFGH-JKLM\"].")] string[] codes,
        [Description(MistResolver.OrgDescription)] string? org = null,
        CancellationToken cancellationToken = default)
    {
        if (codes is null || codes.Length == 0 || codes.Any(string.IsNullOrWhiteSpace))
        {
            throw ToolErrors.InvalidParams("codes is required: at least one claim code, and no blank ones.");
        }

        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var result = await _mist.Inventory.ClaimAsync(orgId, codes, cancellationToken).ConfigureAwait(false);
        var outcomes = result.Outcomes;
        return new ClaimSummary(
            [.. outcomes.Where(o => o.Status == ClaimStatus.Added).Select(Claimed)],
            [.. outcomes.Where(o => o.Status == ClaimStatus.Duplicated).Select(Claimed)],
            [.. outcomes.Where(o => o.Status == ClaimStatus.Error).Select(o => new FailedItem(o.Code, o.Reason))]);
    }

    [McpServerTool(Name = "assign_devices", Title = "Assign devices to a site", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Assigns devices of the org's inventory to a site. A device already on another site is reported as failed unless reassign is true; " +
        "moving devices off their site (reassign) is confirmed first. Reports each device.")]
    public async Task<InventoryChangeSummary> AssignDevicesAsync(
        McpServer server,
        [Description(ToolText.Macs)] string[] macs,
        [Description("The site to assign to: its id or name.")] string site,
        [Description(MistResolver.OrgDescription + " Not needed when site is an id.")] string? org = null,
        [Description("Move devices that are on another site (needs confirmation). Default false: such devices fail instead.")] bool reassign = false,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        DeviceFilters.MacsOrSerials(macs);
        var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        var orgId = found.OrgId ?? await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var (list, serials) = await resolve.MacsAsync(orgId, macs, cancellationToken).ConfigureAwait(false);
        if (reassign)
        {
            await gate.ConfirmAsync(
                server,
                ConfirmationRequest.ForDevices($"assign {{target}} to site '{found.Name}' (moving them off any other site)", list, "Devices moved off another site stop serving it.", serials),
                confirm,
                cancellationToken).ConfigureAwait(false);
        }

        var result = await _mist.Inventory.AssignAsync(orgId, found.Id, list, noReassign: !reassign, cancellationToken).ConfigureAwait(false);
        return Summarize("assign", result);
    }

    [McpServerTool(Name = "unassign_devices", Title = "Unassign devices", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Removes devices from their sites after confirmation; they stay in the org's inventory and stop serving their site. Reports each device.")]
    public async Task<InventoryChangeSummary> UnassignDevicesAsync(
        McpServer server,
        [Description(ToolText.Macs)] string[] macs,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        DeviceFilters.MacsOrSerials(macs);
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var (list, serials) = await resolve.MacsAsync(orgId, macs, cancellationToken).ConfigureAwait(false);
        await gate.ConfirmAsync(server, ConfirmationRequest.ForDevices("unassign", list, "They stop serving their site and lose their site configuration.", serials), confirm, cancellationToken)
            .ConfigureAwait(false);
        return Summarize("unassign", await _mist.Inventory.UnassignAsync(orgId, list, cancellationToken).ConfigureAwait(false));
    }

    [McpServerTool(Name = "release_devices", Title = "Release devices", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Releases devices from the org after confirmation: unassigned and removed from the inventory; only a claim code brings them back. Reports each device.")]
    public async Task<InventoryChangeSummary> ReleaseDevicesAsync(
        McpServer server,
        [Description(ToolText.Macs)] string[] macs,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        DeviceFilters.MacsOrSerials(macs);
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var (list, serials) = await resolve.MacsAsync(orgId, macs, cancellationToken).ConfigureAwait(false);
        await gate.ConfirmAsync(
            server,
            ConfirmationRequest.ForDevices("release {target} from the org", list, "They leave the org's inventory; only their claim codes can bring them back.", serials),
            confirm,
            cancellationToken).ConfigureAwait(false);
        return Summarize("release", await _mist.Inventory.ReleaseAsync(orgId, list, cancellationToken).ConfigureAwait(false));
    }

    private static JsonObject Claimed(ClaimOutcome outcome)
    {
        var item = new JsonObject { ["code"] = outcome.Code };
        if (outcome.Device is { } device)
        {
            item["mac"] = device.Mac;
            item["serial"] = device.Serial;
            item["model"] = device.Model;
            item["type"] = device.Type?.Value;
        }

        return item;
    }

    private static InventoryChangeSummary Summarize(string op, InventoryChangeResult result) =>
        new(op, result.Success, [.. result.Outcomes.Where(o => !o.Succeeded).Select(o => new FailedItem(o.Device, o.Reason))], result.IsComplete);
}

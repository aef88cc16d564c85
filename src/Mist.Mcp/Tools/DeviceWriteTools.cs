using System.ComponentModel;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Changing devices and acting on them; registered only when writes are allowed.</summary>
[McpServerToolType]
internal sealed class DeviceWriteTools(MistConnection connection, MistResolver resolve, IConfirmationGate gate)
{
    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "update_device", Title = "Update device", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Changes a device's name and/or notes at its site; returns the updated configuration. Renaming is confirmed first.")]
    public async Task<JsonObject> UpdateDeviceAsync(
        McpServer server,
        [Description(ToolText.Device)] string device,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description("A new name (needs confirmation).")] string? name = null,
        [Description("New free-form notes (replace the old ones).")] string? notes = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        var changes = new DeviceUpdateOptions();
        if (name is not null)
        {
            changes.Name = string.IsNullOrWhiteSpace(name) ? throw ToolErrors.InvalidParams("name must not be blank.") : name.Trim();
        }

        if (notes is not null)
        {
            changes.Notes = notes;
        }

        if (changes.IsEmpty)
        {
            throw ToolErrors.InvalidParams("Nothing to change: give name and/or notes.");
        }

        var (item, siteId) = await AssignedDeviceAsync(org, device, "updated", cancellationToken).ConfigureAwait(false);
        if (changes.Name is { } newName && !string.Equals(newName, item.Name, StringComparison.Ordinal))
        {
            await gate.ConfirmAsync(server, Target(item, $"rename device {{target}} to '{newName}'", "Anything that finds the device by its old name will no longer find it."), confirm, cancellationToken)
                .ConfigureAwait(false);
        }

        var updated = await _mist.Devices.UpdateAsync(siteId, MistResolver.DeviceId(item), changes, cancellationToken).ConfigureAwait(false);
        return FieldSelection.All.Apply(updated, MistJsonContext.Default.Device);
    }

    [McpServerTool(Name = "restart_device", Title = "Restart device", ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Reboots a device after confirmation. Its clients lose service until it is back, usually a few minutes.")]
    public async Task<ActionResult> RestartDeviceAsync(
        McpServer server,
        [Description(ToolText.Device)] string device,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        var (item, siteId) = await AssignedDeviceAsync(org, device, "restarted", cancellationToken).ConfigureAwait(false);
        await gate.ConfirmAsync(server, Target(item, "restart device", "It reboots and its clients lose service for a few minutes."), confirm, cancellationToken)
            .ConfigureAwait(false);
        await _mist.Devices.RestartAsync(siteId, MistResolver.DeviceId(item), cancellationToken).ConfigureAwait(false);
        return new ActionResult("restarted", Summary(item));
    }

    [McpServerTool(Name = "locate_device", Title = "Locate device", ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Starts blinking a device's LED so someone on site can find it, until unlocate_device.")]
    public async Task<ActionResult> LocateDeviceAsync(
        [Description(ToolText.Device)] string device,
        [Description(MistResolver.OrgDescription)] string? org = null,
        CancellationToken cancellationToken = default)
    {
        var (item, siteId) = await AssignedDeviceAsync(org, device, "located", cancellationToken).ConfigureAwait(false);
        await _mist.Devices.LocateAsync(siteId, MistResolver.DeviceId(item), cancellationToken).ConfigureAwait(false);
        return new ActionResult("locating", Summary(item));
    }

    [McpServerTool(Name = "unlocate_device", Title = "Unlocate device", ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Stops blinking a device's LED.")]
    public async Task<ActionResult> UnlocateDeviceAsync(
        [Description(ToolText.Device)] string device,
        [Description(MistResolver.OrgDescription)] string? org = null,
        CancellationToken cancellationToken = default)
    {
        var (item, siteId) = await AssignedDeviceAsync(org, device, "unlocated", cancellationToken).ConfigureAwait(false);
        await _mist.Devices.UnlocateAsync(siteId, MistResolver.DeviceId(item), cancellationToken).ConfigureAwait(false);
        return new ActionResult("unlocated", Summary(item));
    }

    // Device configuration and actions live under the device's site; a device on no site has neither.
    private async Task<(InventoryItem Item, Guid SiteId)> AssignedDeviceAsync(string? org, string device, string what, CancellationToken cancellationToken)
    {
        MistResolver.RequireDevice(device);
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var item = await resolve.DeviceAsync(orgId, device, cancellationToken).ConfigureAwait(false);
        return item.SiteId is { } siteId
            ? (item, siteId)
            : throw ToolErrors.Failed($"Device {item.Mac} is not assigned to a site, so it cannot be {what}. Assign it first with assign_devices.");
    }

    private static ConfirmationRequest Target(InventoryItem item, string action, string consequence) =>
        ConfirmationRequest.ForObject(action, "device", item.Name, MistResolver.DeviceId(item).ToString("D"), consequence, item.Mac, item.Serial);

    private static JsonObject Summary(InventoryItem item) => new()
    {
        ["id"] = MistResolver.DeviceId(item).ToString("D"),
        ["name"] = item.Name,
        ["mac"] = item.Mac,
        ["site_id"] = item.SiteId?.ToString("D"),
    };
}

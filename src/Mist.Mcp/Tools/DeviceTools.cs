using Mist.Cli.Output;
using System.ComponentModel;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Finding and reading devices.</summary>
[McpServerToolType]
internal sealed class DeviceTools(MistConnection connection, MistResolver resolve)
{
    private readonly MistClient _mist = connection.Client;

    internal static readonly string[] Compact = ["id", "name", "mac", "serial", "model", "type", "site_id"];

    private static readonly HashSet<string> s_detailFields = [.. SpecFields.Device, .. SpecFields.Inventory];

    [McpServerTool(Name = "list_devices", Title = "List devices", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Devices assigned to sites, one page at a time, filtered by site, type, model, exact name or MAC (compact fields unless fields asks for more). " +
        "For devices on no site, use list_inventory.")]
    public async Task<ToolPage> ListDevicesAsync(
        [Description(MistResolver.OrgDescription + " Not needed when site is an id.")] string? org = null,
        [Description("Only devices of this site: its id or exact name.")] string? site = null,
        [Description(ToolText.Type)] string? type = null,
        [Description("Only this hardware model, e.g. AP43.")] string? model = null,
        [Description("Only devices with exactly this name.")] string? name = null,
        [Description("Only the device with this MAC address (any notation).")] string? mac = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("list_devices", cursor, limit);
        var deviceType = DeviceFilters.Type(type);
        var macFilter = DeviceFilters.Mac(mac);
        var selection = FieldSelection.Parse(fields, Compact, SpecFields.Inventory);
        var found = site is null ? null : await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        var orgId = found?.OrgId ?? await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var fingerprint = ListPaging.Fingerprint(orgId.ToString(), found?.Id.ToString(), deviceType?.Value, model, name, macFilter);

        if (!string.IsNullOrWhiteSpace(name))
        {
            // The inventory cannot filter by name: find the MACs that carry it in the org's name list, then read them.
            var named = await DevicesNamedAsync(orgId, name.Trim(), cancellationToken).ConfigureAwait(false);
            var matches = named
                .Where(d => d.SiteId is not null
                    && (found is null || d.SiteId == found.Id)
                    && (deviceType is null || d.Type == deviceType)
                    && (model is null || string.Equals(d.Model, model, StringComparison.OrdinalIgnoreCase))
                    && (macFilter is null || d.Mac == macFilter))
                .ToList();
            return ListPaging.Slice(matches, "list_devices", fingerprint, cursor, limit, d => selection.Apply(d, MistJsonContext.Default.InventoryItem));
        }

        var pages = _mist.Inventory.ListAsync(orgId, new InventoryListOptions
        {
            Type = deviceType,
            Model = model,
            Mac = macFilter,
            SiteId = found?.Id,
            Unassigned = false,
        });
        return await ListPaging.ReadAsync(pages, "list_devices", fingerprint, cursor, limit, d => selection.Apply(d, MistJsonContext.Default.InventoryItem), cancellationToken)
            .ConfigureAwait(false);
    }

    [McpServerTool(Name = "get_device", Title = "Get device", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "One device found by id, MAC, serial or exact name: its configuration at its site, or its inventory record when it is on no site. " +
        "An ambiguous name is an error listing the candidates.")]
    public async Task<JsonObject> GetDeviceAsync(
        [Description(ToolText.Device)] string device,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(FieldSelection.Description + " Default here: every field.")] string? fields = null,
        CancellationToken cancellationToken = default)
    {
        MistResolver.RequireDevice(device);
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var item = await resolve.DeviceAsync(orgId, device, cancellationToken).ConfigureAwait(false);
        var selection = string.IsNullOrWhiteSpace(fields) ? FieldSelection.All : FieldSelection.Parse(fields, Compact, s_detailFields);
        if (item.SiteId is not { } siteId)
        {
            var unassigned = selection.Apply(item, MistJsonContext.Default.InventoryItem);
            unassigned["assigned"] = false;
            return unassigned;
        }

        var config = await _mist.Devices.GetAsync(siteId, MistResolver.DeviceId(item), cancellationToken).ConfigureAwait(false);
        return selection.Apply(config, MistJsonContext.Default.Device);
    }

    private async Task<List<InventoryItem>> DevicesNamedAsync(Guid orgId, string name, CancellationToken cancellationToken)
    {
        var names = await _mist.Devices.ListNamesAsync(orgId, cancellationToken).ConfigureAwait(false);
        var items = new List<InventoryItem>();
        foreach (var entry in names.Where(n => string.Equals(n.Name, name, StringComparison.Ordinal) && n.Mac is not null).DistinctBy(n => n.Mac))
        {
            await foreach (var item in _mist.Inventory.ListAsync(orgId, new InventoryListOptions { Mac = entry.Mac }).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                items.Add(item);
            }
        }

        return items;
    }
}

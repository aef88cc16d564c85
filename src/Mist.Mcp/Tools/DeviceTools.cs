using System.ComponentModel;
using System.Text.Json.Nodes;
using Mist.Cli.Output;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Finding and reading devices.</summary>
[McpServerToolType]
internal sealed class DeviceTools(MistConnection connection, MistResolver resolve, DeviceHealth health)
{
    private readonly MistClient _mist = connection.Client;

    internal static readonly string[] Compact = ["id", "name", "mac", "serial", "model", "type", "site_id", "site_name", "status", "version", "ip"];

    private static readonly HashSet<string> s_listFields = [.. SpecFields.Inventory, .. DeviceHealth.Fields];
    private static readonly HashSet<string> s_detailFields = [.. SpecFields.Device, .. SpecFields.Inventory, .. DeviceHealth.Fields];

    [McpServerTool(Name = "list_devices", Title = "List devices", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Devices assigned to sites, one page at a time, filtered by site, type, model, exact name or MAC, each with its connection status, " +
        "firmware version, IP and site name from device stats (compact fields unless fields asks for more). For devices on no site, use list_inventory.")]
    public async Task<ToolPage> ListDevicesAsync(
        [Description(MistResolver.OrgDescription + " Not needed when site is an id.")] string? org = null,
        [Description("Only devices of this site: its id or name.")] string? site = null,
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
        var selection = FieldSelection.Parse(fields, Compact, s_listFields);
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
            return await WithHealthAsync(orgId, ListPaging.Slice(matches, "list_devices", fingerprint, cursor, limit, Full), selection, cancellationToken).ConfigureAwait(false);
        }

        var pages = _mist.Inventory.ListAsync(orgId, new InventoryListOptions
        {
            Type = deviceType,
            Model = model,
            Mac = macFilter,
            SiteId = found?.Id,
            Unassigned = false,
        });
        var page = await ListPaging.ReadAsync(pages, "list_devices", fingerprint, cursor, limit, Full, cancellationToken).ConfigureAwait(false);
        return await WithHealthAsync(orgId, page, selection, cancellationToken).ConfigureAwait(false);
    }

    [McpServerTool(Name = "get_device", Title = "Get device", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "One device found by id, MAC, serial or name: its inventory record, its configuration at its site and its status, version, IP and site name " +
        "(every field list_devices has, and more). An ambiguous name is an error listing the candidates. For the whole stats object, use get_device_stats.")]
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
        var detail = Full(item);
        if (item.SiteId is not { } siteId)
        {
            detail["assigned"] = false;
            return selection.Apply(detail);
        }

        var config = await _mist.Devices.GetAsync(siteId, MistResolver.DeviceId(item), cancellationToken).ConfigureAwait(false);
        foreach (var (field, value) in FieldSelection.All.Apply(config, MistJsonContext.Default.Device))
        {
            detail[field] = value?.DeepClone();
        }

        var stats = await health.OneAsync(siteId, MistResolver.DeviceId(item), cancellationToken).ConfigureAwait(false);
        DeviceHealth.Join(detail, stats, await connection.SiteNamesAsync(orgId, cancellationToken).ConfigureAwait(false));
        return selection.Apply(detail);
    }

    [McpServerTool(Name = "get_device_stats", Title = "Get device stats", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "One device's whole stats object as Mist reports it (status, version, ip, uptime in seconds, last_seen as epoch seconds, clients, radios, ports...). " +
        "The device must be on a site.")]
    public async Task<JsonObject> GetDeviceStatsAsync(
        [Description(ToolText.Device)] string device,
        [Description(MistResolver.OrgDescription)] string? org = null,
        CancellationToken cancellationToken = default)
    {
        MistResolver.RequireDevice(device);
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var item = await resolve.DeviceAsync(orgId, device, cancellationToken).ConfigureAwait(false);
        if (item.SiteId is not { } siteId)
        {
            throw ToolErrors.Failed($"Device {item.Mac} is on no site, so Mist keeps no stats for it. Assign it to a site first (assign_devices).");
        }

        var stats = await health.OneAsync(siteId, MistResolver.DeviceId(item), cancellationToken).ConfigureAwait(false);
        return stats.ValueKind == System.Text.Json.JsonValueKind.Object ? JsonNode.Parse(stats.GetRawText())!.AsObject() : [];
    }

    private static JsonObject Full(InventoryItem item) => FieldSelection.All.Apply(item, MistJsonContext.Default.InventoryItem);

    /// <summary>Adds status, version, IP and site name to a page of full items, then keeps the selected fields.</summary>
    private async Task<ToolPage> WithHealthAsync(Guid orgId, ToolPage page, FieldSelection selection, CancellationToken cancellationToken)
    {
        if (selection.Wants(DeviceHealth.Fields))
        {
            await health.AddToAsync(orgId, page.Items, cancellationToken).ConfigureAwait(false);
        }

        return page with { Items = [.. page.Items.Select(selection.Apply)] };
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

using System.ComponentModel;
using System.Text.Json.Nodes;
using Mist.Cli.Output;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Reading the org's device inventory.</summary>
[McpServerToolType]
internal sealed class InventoryTools(MistConnection connection, MistResolver resolve)
{
    private readonly MistClient _mist = connection.Client;

    internal static readonly string[] Compact = ["mac", "serial", "model", "type", "name", "site_id", "connected"];

    [McpServerTool(Name = "list_inventory", Title = "List inventory", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "The devices claimed into an org, on a site or not (site_id absent means unassigned), one page at a time, " +
        "filtered by type, model, site or MAC (compact fields unless fields asks for more).")]
    public async Task<ToolPage> ListInventoryAsync(
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(ToolText.Type)] string? type = null,
        [Description("Only this hardware model, e.g. AP43.")] string? model = null,
        [Description("Only devices assigned to this site: its id or name.")] string? site = null,
        [Description("Only the device with this MAC address (any notation).")] string? mac = null,
        [Description("true: only devices on no site (as `mist inventory list --unassigned`); false: only devices on a site; absent: both.")] bool? unassigned = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("list_inventory", cursor, limit);
        var deviceType = DeviceFilters.Type(type);
        var macFilter = DeviceFilters.Mac(mac);
        var selection = FieldSelection.Parse(fields, Compact, SpecFields.Inventory);
        if (unassigned == true && site is not null)
        {
            throw ToolErrors.InvalidParams("unassigned: true lists devices on no site, so it cannot be combined with site.");
        }

        var found = site is null ? null : await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        var orgId = found?.OrgId ?? await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var fingerprint = ListPaging.Fingerprint(orgId.ToString(), found?.Id.ToString(), deviceType?.Value, model, macFilter, unassigned?.ToString());
        var pages = _mist.Inventory.ListAsync(orgId, new InventoryListOptions
        {
            Type = deviceType,
            Model = model,
            Mac = macFilter,
            SiteId = found?.Id,
            // Mist's own `unassigned` only says whether devices on no site are included; "only those" is filtered here.
            Unassigned = unassigned != true ? unassigned : null,
        });
        JsonObject Project(InventoryItem d) => selection.Apply(d, MistJsonContext.Default.InventoryItem);
        return unassigned == true
            ? await ListPaging.ScanAsync(pages, "list_inventory", fingerprint, cursor, limit, d => d.SiteId is null, Project, cancellationToken).ConfigureAwait(false)
            : await ListPaging.ReadAsync(pages, "list_inventory", fingerprint, cursor, limit, Project, cancellationToken).ConfigureAwait(false);
    }
}

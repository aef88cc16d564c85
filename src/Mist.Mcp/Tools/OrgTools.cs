using System.ComponentModel;
using System.Text.Json.Nodes;
using Mist.Cli.Output;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>The orgs the token reaches.</summary>
[McpServerToolType]
internal sealed class OrgTools(MistConnection connection, MistResolver resolve)
{
    private readonly MistClient _mist = connection.Client;

    private static readonly string[] s_compact = ["id", "name", "role", "scope"];

    [McpServerTool(Name = "list_orgs", Title = "List orgs", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("The orgs the API token reaches (directly, through an MSP, or through some of their sites), with the token's role in each. Paged.")]
    public async Task<ToolPage> ListOrgsAsync(
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("list_orgs", cursor, limit);
        var orgs = await connection.OrgsAsync(cancellationToken).ConfigureAwait(false);
        var fields = FieldSelection.Parse(null, s_compact, SpecFields.Org);
        return ListPaging.Slice(orgs, "list_orgs", ListPaging.Fingerprint(), cursor, limit, o => fields.Apply(new JsonObject
        {
            ["id"] = o.Id.ToString("D"),
            ["name"] = o.Name,
            ["role"] = o.Role,
            ["scope"] = o.Scope,
        }));
    }

    [McpServerTool(Name = "get_org", Title = "Get org", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("One org's details and counters (sites, devices, connected devices, inventory).")]
    public async Task<JsonObject> GetOrgAsync(
        [Description(MistResolver.OrgDescription)] string? org = null,
        CancellationToken cancellationToken = default)
    {
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var details = FieldSelection.All.Apply(await _mist.Orgs.GetAsync(orgId, cancellationToken).ConfigureAwait(false), MistJsonContext.Default.Org);
        var stats = await _mist.Orgs.GetStatsAsync(orgId, cancellationToken).ConfigureAwait(false);
        details["stats"] = new JsonObject
        {
            ["num_sites"] = stats.NumSites,
            ["num_devices"] = stats.NumDevices,
            ["num_devices_connected"] = stats.NumDevicesConnected,
            ["num_devices_disconnected"] = stats.NumDevicesDisconnected,
            ["num_inventory"] = stats.NumInventory,
        };
        return details;
    }
}

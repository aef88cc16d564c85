using System.ComponentModel;
using System.Text.Json.Nodes;
using Mist.Cli.Output;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Reading sites.</summary>
[McpServerToolType]
internal sealed class SiteTools(MistConnection connection, MistResolver resolve)
{
    private readonly MistClient _mist = connection.Client;

    internal static readonly string[] Compact = ["id", "name", "address", "country_code", "timezone"];

    [McpServerTool(Name = "list_sites", Title = "List sites", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("An org's sites, one page at a time (compact fields unless fields asks for more). Follow next_cursor for more.")]
    public async Task<ToolPage> ListSitesAsync(
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("list_sites", cursor, limit);
        var selection = FieldSelection.Parse(fields, Compact, SpecFields.Site);
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        return await ListPaging.ReadAsync(
            _mist.Sites.ListAsync(orgId), "list_sites", ListPaging.Fingerprint(orgId.ToString()), cursor, limit,
            s => selection.Apply(s, MistJsonContext.Default.Site), cancellationToken).ConfigureAwait(false);
    }

    [McpServerTool(Name = "get_site", Title = "Get site", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("One site with all its fields, found by id or name.")]
    public async Task<JsonObject> GetSiteAsync(
        [Description(ToolText.Site)] string site,
        [Description(MistResolver.OrgDescription + " Used only to look a site up by name.")] string? org = null,
        [Description(FieldSelection.Description + " Default here: every field.")] string? fields = null,
        CancellationToken cancellationToken = default)
    {
        var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        return (string.IsNullOrWhiteSpace(fields) ? FieldSelection.All : FieldSelection.Parse(fields, Compact, SpecFields.Site)).Apply(found, MistJsonContext.Default.Site);
    }
}

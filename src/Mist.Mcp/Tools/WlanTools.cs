using System.ComponentModel;
using System.Text.Json.Nodes;
using Mist.Cli.Output;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Reading WLANs: a site's, an org template's, the whole org's, and what reaches a site.</summary>
[McpServerToolType]
internal sealed class WlanTools(MistConnection connection, MistResolver resolve)
{
    internal const string ScopeSite = "The site whose own WLANs these are: its id or name. Give site, template or neither (every org WLAN).";
    internal const string ScopeTemplate = "The org WLAN template whose WLANs these are: its id or name.";
    internal const string WlanArgument = "The WLAN: its id or SSID, within the scope given by site or template (the org's WLANs when neither).";

    internal static readonly string[] Compact = ["id", "ssid", "enabled", "auth", "vlan_enabled", "vlan_id", "bands", "hide_ssid", "template_id", "template", "site_id"];

    internal static readonly IReadOnlySet<string> Known = new HashSet<string>(SpecFields.Wlan) { "template" };

    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "list_wlans", Title = "List WLANs", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "WLANs (SSIDs), one page at a time, secrets (PSKs, RADIUS secrets) redacted: a site's own (site), an org WLAN template's (template), " +
        "or every org WLAN with its template's name (neither). With site and derived: true, every WLAN that reaches the site, its own and those of the templates applied to it.")]
    public async Task<ToolPage> ListWlansAsync(
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(ScopeSite)] string? site = null,
        [Description(ScopeTemplate)] string? template = null,
        [Description("With site: every WLAN that reaches the site (its own and its templates'), as Mist derives them.")] bool? derived = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("list_wlans", cursor, limit);
        var selection = FieldSelection.Parse(fields, Compact, Known);
        if (derived == true && site is null)
        {
            throw ToolErrors.InvalidParams("derived lists what reaches one site: give site too.");
        }

        var scope = await WlanScope.ResolveAsync(_mist, resolve, org, site, template, derived == true, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Models.Wlan> wlans = derived == true
            ? await _mist.Sites.ListDerivedWlansAsync(scope.ScopeId, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await scope.ListAsync(cancellationToken).ConfigureAwait(false);
        return ListPaging.Slice(
            wlans, "list_wlans", ListPaging.Fingerprint(scope.ScopeId.ToString(), scope.TemplateId?.ToString(), derived == true ? "derived" : null), cursor, limit,
            w => selection.Apply(scope.Show(w)));
    }

    [McpServerTool(Name = "get_wlan", Title = "Get WLAN", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("One WLAN with all its fields, found by id or SSID in its site, its template or the org; secrets (PSKs, RADIUS secrets) redacted.")]
    public async Task<JsonObject> GetWlanAsync(
        [Description(WlanArgument)] string wlan,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(ScopeSite)] string? site = null,
        [Description(ScopeTemplate)] string? template = null,
        [Description(FieldSelection.Description + " Default here: every field.")] string? fields = null,
        CancellationToken cancellationToken = default)
    {
        var selection = string.IsNullOrWhiteSpace(fields) ? FieldSelection.All : FieldSelection.Parse(fields, Compact, Known);
        var scope = await WlanScope.ResolveAsync(_mist, resolve, org, site, template, derived: false, cancellationToken).ConfigureAwait(false);
        var found = await scope.FindAsync(wlan, cancellationToken).ConfigureAwait(false);
        return selection.Apply(scope.Show(found));
    }
}

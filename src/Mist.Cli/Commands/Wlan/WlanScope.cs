using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Wlan;

/// <summary>
/// Where WLANs live: a site (<c>/sites/{site_id}/wlans</c>), an org WLAN template (the org WLANs whose
/// <c>template_id</c> is that template) or the whole org (every org WLAN, each with its template). A WLAN is named by
/// id or SSID within its scope (exact, else ignoring case when only one fits).
/// </summary>
internal sealed class WlanScope
{
    public static readonly Option<string?> SiteOption = new("--site") { Description = "The site whose own WLANs these are (id or name)." };

    public static readonly Option<string?> TemplateOption = new("--template") { Description = "The org WLAN template whose WLANs these are (id or name)." };

    private readonly Dictionary<Guid, string?> _templateNames;

    private WlanScope(MistConfigCollection<Models.Wlan> collection, Guid scopeId, Guid orgId, Guid? templateId, string label, Dictionary<Guid, string?> templateNames)
    {
        Collection = collection;
        ScopeId = scopeId;
        OrgId = orgId;
        TemplateId = templateId;
        Label = label;
        _templateNames = templateNames;
    }

    public MistConfigCollection<Models.Wlan> Collection { get; }

    /// <summary>The site id, or the org id for template and org scopes.</summary>
    public Guid ScopeId { get; }

    public Guid OrgId { get; }

    public Guid? TemplateId { get; }

    /// <summary>"site 'Paris 001'", "template 'Corp'", "org".</summary>
    public string Label { get; }

    public bool IsSite => Collection.Operations.ScopeField == "site_id";

    public static void AddTo(Command command)
    {
        command.Options.Add(SiteOption);
        command.Options.Add(TemplateOption);
    }

    /// <summary>Refuses <c>--site</c> with <c>--template</c>, before anything is sent.</summary>
    public static void CheckExclusive(ParseResult parse, bool required)
    {
        var site = parse.GetValue(SiteOption);
        var template = parse.GetValue(TemplateOption);
        if (site is not null && template is not null)
        {
            throw CliException.Usage("--site and --template name two different scopes; give one.");
        }

        if (required && site is null && template is null)
        {
            throw CliException.Usage("Say where the WLAN goes: --site SITE or --template TEMPLATE (org WLANs belong to a WLAN template).");
        }
    }

    /// <summary>The scope the options name; <paramref name="templateNames"/> also reads the org's WLAN templates for a site scope (for derived WLANs).</summary>
    public static async Task<WlanScope> ResolveAsync(CommandContext context, MistSession session, CancellationToken cancellationToken, bool templateNames = false)
    {
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        if (context.Parse.GetValue(SiteOption) is { } siteRef)
        {
            var site = await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false);
            var names = templateNames ? await TemplateNamesAsync(session, orgId, cancellationToken).ConfigureAwait(false) : [];
            return new WlanScope(session.Client.Sites.Wlans, site.Id, orgId, null, $"site '{site.Name}'", names);
        }

        var templates = await TemplateNamesAsync(session, orgId, cancellationToken).ConfigureAwait(false);
        if (context.Parse.GetValue(TemplateOption) is { } templateRef)
        {
            var (id, name) = FindTemplate(templates, templateRef, orgId);
            return new WlanScope(session.Client.Orgs.Wlans, orgId, orgId, id, $"template '{name}'", templates);
        }

        return new WlanScope(session.Client.Orgs.Wlans, orgId, orgId, null, "org", templates);
    }

    private static async Task<Dictionary<Guid, string?>> TemplateNamesAsync(MistSession session, Guid orgId, CancellationToken cancellationToken)
    {
        var templates = new Dictionary<Guid, string?>();
        await foreach (var template in session.Client.Orgs.WlanTemplates.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (template.Id is { } id)
            {
                templates[id] = template.Name;
            }
        }

        return templates;
    }

    /// <summary>The scope's WLANs, in Mist's order, as JSON with <c>template</c> (its name) beside <c>template_id</c>.</summary>
    public async Task<List<JsonObject>> ListAsync(CancellationToken cancellationToken)
    {
        var found = new List<JsonObject>();
        await foreach (var wlan in Collection.ListAsync(ScopeId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (TemplateId is null || wlan.TemplateId == TemplateId)
            {
                found.Add(ToJson(wlan));
            }
        }

        return found;
    }

    /// <summary>
    /// A WLAN by id or SSID, by the one name rule (<see cref="MistNameMatch"/>: exact, else ignoring case when
    /// exactly one fits): none is exit 5 with the nearest SSIDs, two of one SSID exit 2 with their ids.
    /// </summary>
    public async Task<JsonObject> FindAsync(string wlanRef, CancellationToken cancellationToken)
    {
        var wlans = await ListAsync(cancellationToken).ConfigureAwait(false);
        var match = MistNameMatch.Match(wlans, wlanRef, w => Guid.TryParse((string?)w["id"], out var id) ? id : null, w => (string?)w["ssid"]);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Value!,
            MistMatchOutcome.NotFound when Guid.TryParse(match.Query, out var id) => throw CliException.NotFound($"No WLAN with id {id} in the {Label}."),
            MistMatchOutcome.NotFound => throw CliException.NotFound(
                $"No WLAN with SSID '{match.Query}' in the {Label}." + (wlans.Count == 0 ? " It has none." : $" Its SSIDs: {string.Join(", ", wlans.Select(w => (string?)w["ssid"]).Distinct().Take(20))}.")),
            _ => throw CliException.Usage(
                $"{match.Candidates.Count} WLANs of the {Label} have SSID '{match.Query}'; give the id instead:\n" + string.Join('\n', match.Candidates.Select(w => $"  {w["id"]}  {w["ssid"]}"))),
        };
    }

    public JsonObject ToJson(Models.Wlan wlan)
    {
        var json = ModelJson.Object(wlan, Collection.JsonTypeInfo);
        if (wlan.TemplateId is { } template)
        {
            json["template"] = _templateNames.TryGetValue(template, out var name) ? name : null;
        }

        return json;
    }

    private static (Guid Id, string? Name) FindTemplate(Dictionary<Guid, string?> templates, string templateRef, Guid orgId)
    {
        var match = MistNameMatch.Match(templates.Select(t => new TemplateName(t.Key, t.Value)), templateRef, t => t.Id, t => t.Name);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => (match.Id, match.Value!.Name),
            MistMatchOutcome.NotFound when Guid.TryParse(match.Query, out var id) => throw CliException.NotFound($"No WLAN template with id {id} in org {orgId}."),
            MistMatchOutcome.NotFound => throw CliException.NotFound(
                $"No WLAN template named '{match.Query}' in org {orgId}." + (templates.Count == 0 ? " It has none." : $" Its templates: {string.Join(", ", templates.Values.Take(20))}.")),
            _ => throw CliException.Usage($"{match.Candidates.Count} WLAN templates are named '{match.Query}'; give the id instead:\n" + string.Join('\n', match.Candidates.Select(t => $"  {t.Id}  {t.Name}"))),
        };
    }

    private sealed record TemplateName(Guid Id, string? Name);
}

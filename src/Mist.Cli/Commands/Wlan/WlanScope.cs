using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Wlan;

/// <summary>
/// Where WLANs live: a site (<c>/sites/{site_id}/wlans</c>), an org WLAN template (the org WLANs whose
/// <c>template_id</c> is that template) or the whole org (every org WLAN, each with its template). A WLAN is named by
/// id or exact SSID within its scope.
/// </summary>
internal sealed class WlanScope
{
    public static readonly Option<string?> SiteOption = new("--site") { Description = "The site whose own WLANs these are (id or exact name)." };

    public static readonly Option<string?> TemplateOption = new("--template") { Description = "The org WLAN template whose WLANs these are (id or exact name)." };

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

    /// <summary>A WLAN by id or exact SSID: none is exit 5, two of one SSID exit 2 with their ids.</summary>
    public async Task<JsonObject> FindAsync(string wlanRef, CancellationToken cancellationToken)
    {
        var wlans = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (Guid.TryParse(wlanRef, out var id))
        {
            return wlans.FirstOrDefault(w => (string?)w["id"] == id.ToString())
                ?? throw CliException.NotFound($"No WLAN with id {id} in the {Label}.");
        }

        var named = wlans.Where(w => (string?)w["ssid"] == wlanRef).ToList();
        return named.Count switch
        {
            1 => named[0],
            0 => throw CliException.NotFound(
                $"No WLAN with SSID '{wlanRef}' in the {Label}." + (wlans.Count == 0 ? " It has none." : $" Its SSIDs: {string.Join(", ", wlans.Select(w => (string?)w["ssid"]).Distinct().Take(20))}.")),
            _ => throw CliException.Usage(
                $"{named.Count} WLANs of the {Label} have SSID '{wlanRef}'; give the id instead:\n" + string.Join('\n', named.Select(w => $"  {w["id"]}  {w["ssid"]}"))),
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
        if (Guid.TryParse(templateRef, out var id))
        {
            return templates.TryGetValue(id, out var name) ? (id, name) : throw CliException.NotFound($"No WLAN template with id {id} in org {orgId}.");
        }

        var named = templates.Where(t => t.Value == templateRef).ToList();
        return named.Count switch
        {
            1 => (named[0].Key, named[0].Value),
            0 => throw CliException.NotFound(
                $"No WLAN template named '{templateRef}' in org {orgId}." + (templates.Count == 0 ? " It has none." : $" Its templates: {string.Join(", ", templates.Values.Take(20))}.")),
            _ => throw CliException.Usage($"{named.Count} WLAN templates are named '{templateRef}'; give the id instead:\n" + string.Join('\n', named.Select(t => $"  {t.Key}  {t.Value}"))),
        };
    }
}

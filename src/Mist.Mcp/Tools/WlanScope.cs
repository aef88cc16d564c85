using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>
/// The WLANs of a site (<c>site</c>), of an org WLAN template (<c>template</c>: the org WLANs with that
/// <c>template_id</c>) or of the whole org (neither): how the WLAN tools find them, and how they show them (with the
/// template's name beside <c>template_id</c>, secrets always redacted: an agent never needs a PSK back).
/// </summary>
internal sealed class WlanScope
{
    private readonly Dictionary<Guid, string?> _templates;

    private WlanScope(MistConfigCollection<Models.Wlan> collection, Guid scopeId, Guid? templateId, string label, Dictionary<Guid, string?> templates)
    {
        Collection = collection;
        ScopeId = scopeId;
        TemplateId = templateId;
        Label = label;
        _templates = templates;
    }

    public MistConfigCollection<Models.Wlan> Collection { get; }

    public Guid ScopeId { get; }

    public Guid? TemplateId { get; }

    public string Label { get; }

    // derived: the site's derived WLANs are asked for; they include template WLANs, whose template names are shown.
    public static async Task<WlanScope> ResolveAsync(MistClient mist, MistResolver resolve, string? org, string? site, string? template, bool derived, CancellationToken cancellationToken)
    {
        if (site is not null && template is not null)
        {
            throw ToolErrors.InvalidParams("site and template name two different scopes; give one (or neither, for every org WLAN).");
        }

        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var templates = new Dictionary<Guid, string?>();
        // A site's own WLANs belong to no template, so their templates are listed only for the derived view.
        if (site is null || derived)
        {
            await foreach (var t in mist.Orgs.WlanTemplates.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (t.Id is { } id)
                {
                    templates[id] = t.Name;
                }
            }
        }

        if (site is not null)
        {
            var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
            return new WlanScope(mist.Sites.Wlans, found.Id, null, $"site '{found.Name}'", templates);
        }

        if (template is null)
        {
            return new WlanScope(mist.Orgs.Wlans, orgId, null, "org", templates);
        }

        var match = MistNameMatch.Match(templates.Select(t => new TemplateName(t.Key, t.Value)), template, t => t.Id, t => t.Name);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => new WlanScope(mist.Orgs.Wlans, orgId, match.Id, $"template '{match.Value!.Name}'", templates),
            MistMatchOutcome.NotFound => throw ToolErrors.Failed(
                $"No WLAN template '{match.Query}' in org {orgId}.{NameMatch.Nearest(match)} Org WLAN templates: {string.Join(", ", templates.Values.Take(20))}."),
            _ => throw ToolErrors.InvalidParams($"{match.Candidates.Count} WLAN templates are named '{match.Query}'; give the id: {string.Join(", ", match.Candidates.Select(t => t.Id))}."),
        };
    }

    public async Task<List<Models.Wlan>> ListAsync(CancellationToken cancellationToken)
    {
        var found = new List<Models.Wlan>();
        await foreach (var wlan in Collection.ListAsync(ScopeId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (TemplateId is null || wlan.TemplateId == TemplateId)
            {
                found.Add(wlan);
            }
        }

        return found;
    }

    /// <summary>A WLAN by id or SSID (<see cref="MistNameMatch"/>: exact, then ignoring case when only one fits).</summary>
    public async Task<Models.Wlan> FindAsync(string wlan, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(wlan))
        {
            throw ToolErrors.InvalidParams("wlan is required: a WLAN id or SSID.");
        }

        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        var match = MistNameMatch.Match(all, wlan, w => w.Id, w => w.Ssid);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Value!,
            MistMatchOutcome.NotFound => throw ToolErrors.Failed($"No WLAN '{match.Query}' in the {Label}.{NameMatch.Nearest(match)} Use list_wlans to find it."),
            _ => throw ToolErrors.InvalidParams($"{match.Candidates.Count} WLANs of the {Label} have SSID '{match.Query}'; give the id: {string.Join(", ", match.Candidates.Select(w => w.Id))}."),
        };
    }

    /// <summary>The WLAN as JSON, its secrets redacted, with <c>template</c> (the template's name) for a template WLAN.</summary>
    public JsonObject Show(Models.Wlan wlan)
    {
        var json = JsonSerializer.SerializeToNode(wlan, Collection.JsonTypeInfo) as JsonObject ?? [];
        MistSecrets.Redact(json);
        if (wlan.TemplateId is { } template && _templates.TryGetValue(template, out var name))
        {
            json["template"] = name;
        }

        return json;
    }

    private sealed record TemplateName(Guid Id, string? Name);
}

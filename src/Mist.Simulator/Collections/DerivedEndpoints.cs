using System.Text.Json.Nodes;
using Mist.Simulator.Auth;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Collections;

/// <summary>
/// The views the API derives for a site from its own objects and the org's: the WLANs that reach the site, and its
/// setting over its site template.
/// </summary>
internal static class DerivedEndpoints
{
    private static readonly ConfigCollection s_siteWlans = ConfigCollections.Get("sites", "wlans");
    private static readonly ConfigCollection s_orgWlans = ConfigCollections.Get("orgs", "wlans");
    private static readonly ConfigCollection s_templates = ConfigCollections.Get("orgs", "templates");
    private static readonly ConfigCollection s_siteTemplates = ConfigCollections.Get("orgs", "sitetemplates");

    public static RouteGroupBuilder MapDerived(this RouteGroupBuilder api)
    {
        api.MapGet("/sites/{site_id}/wlans/derived", DerivedWlans).WithName("listSiteWlansDerived");
        api.MapGet("/sites/{site_id}/setting/derived", DerivedSetting).WithName("getSiteSettingDerived");
        return api;
    }

    /// <summary>The site's WLANs, then the org WLANs of the org templates (<c>/orgs/{org_id}/templates</c>) applied to it.</summary>
    private static IResult DerivedWlans(string site_id, HttpContext context, ConfigObjectStore store)
    {
        var site = ScopeFilter.Site(context);

        var orgId = (string)site!["org_id"]!;
        var groups = site["sitegroup_ids"]?.AsArray().Select(g => g?.ToString()).ToHashSet(StringComparer.Ordinal) ?? [];
        var applied = store.All(s_templates, orgId)
            .Select(t => JsonNode.Parse(t)!.AsObject())
            .Where(t => Applies(t, site_id, groups))
            .Select(t => (string?)t["id"])
            .ToHashSet(StringComparer.Ordinal);
        var wlans = store.All(s_siteWlans, site_id)
            .Concat(store.All(s_orgWlans, orgId).Where(w => JsonNode.Parse(w)?["template_id"]?.ToString() is { } template && applied.Contains(template)))
            .ToList();
        return ApiResults.JsonArray(wlans);
    }

    /// <summary>The site's setting over its site template (<c>sitetemplate_id</c>): the site's own fields win.</summary>
    private static IResult DerivedSetting(string site_id, HttpContext context, SiteStore sites, ConfigObjectStore store)
    {
        var site = ScopeFilter.Site(context);

        if (sites.GetSetting(site_id) is not { } setting)
        {
            return ApiResults.NotFound();
        }

        var template = site!["sitetemplate_id"]?.ToString() is { } templateId ? store.Get(s_siteTemplates, (string)site["org_id"]!, templateId) : null;
        if (template is null)
        {
            return ApiResults.Json(setting);
        }

        var derived = new JsonObject();
        foreach (var (key, value) in template.Where(p => p.Key is not ("id" or "org_id" or "name" or "created_time" or "modified_time")))
        {
            derived[key] = value?.DeepClone();
        }

        foreach (var (key, value) in setting)
        {
            derived[key] = value?.DeepClone();
        }

        return ApiResults.Json(derived);
    }

    // A template reaches a site through `applies` (the whole org, the site, or one of its site groups) unless its
    // `exceptions` name the site or one of its groups: the spec's template schema.
    private static bool Applies(JsonObject template, string siteId, HashSet<string?> groups)
    {
        bool Names(JsonNode? scope) =>
            scope?["site_ids"]?.AsArray().Any(s => s?.ToString() == siteId) == true
            || scope?["sitegroup_ids"]?.AsArray().Any(g => groups.Contains(g?.ToString())) == true;

        var applies = template["applies"];
        var reaches = applies?["org_id"] is not null || Names(applies);
        return reaches && !Names(template["exceptions"]);
    }
}

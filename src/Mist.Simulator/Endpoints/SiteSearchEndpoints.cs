using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary><c>/orgs/{org_id}/sites/search</c>: filters name (exact, or a <c>*</c> wildcard pattern), id and country_code.</summary>
internal static class SiteSearchEndpoints
{
    public static RouteGroupBuilder MapSiteSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/sites/search", SearchSites).WithName("searchOrgSites");
        return api;
    }

    private static IResult SearchSites(string org_id, HttpContext context, SiteStore sites, SimulatorRuntime runtime)
    {
        var request = context.Request;
        if (!Query.TryGetLimit(request, out var limit, out var error) ||
            !SearchWindow.TryParse(request, runtime.Time.EpochSeconds(), out var window, out error) ||
            !SearchResponse.TryGetCursor(request, out var after, out error) ||
            !TryGetOrder(request, out var order, out error))
        {
            return error!;
        }

        var query = Filter(org_id, request);
        var (rows, total) = sites.Search(query, order!, after, limit + 1);
        var more = rows.Count > limit;
        if (more) rows.RemoveRange(limit, rows.Count - limit);
        SearchCursor? next = null;
        if (more)
        {
            var last = rows[^1].Site;
            next = new SearchCursor(order!.Column == "sites.name" ? (string)last["name"]! : (double)last["created_time"]!, (string)last["id"]!);
        }

        return SearchResponse.Create(request, window, limit, total, next, w =>
        {
            w.WriteStartArray();
            foreach (var (site, setting) in rows)
            {
                Item(site, setting).WriteTo(w);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The search's filters, shared with the site count: name (exact or a <c>*</c> pattern), id, country_code.</summary>
    internal static SqlQuery Filter(string orgId, HttpRequest request)
    {
        var query = new SqlQuery().Where("sites.org_id = @org_id", ("@org_id", orgId));
        if (Query.Get(request, "name") is { } name)
        {
            query.Where(
                name.Contains('*', StringComparison.Ordinal) ? "lower(sites.name) GLOB lower(@name)" : "sites.name = @name COLLATE NOCASE",
                ("@name", name));
        }

        if (Query.Get(request, "id") is { } id) query.Where("sites.id = @id", ("@id", id));
        if (Query.Get(request, "country_code") is { } country) query.Where("sites.country_code = @country", ("@country", country));
        return query;
    }

    /// <summary><c>sort</c>: name or timestamp (creation time), "-" for descending; the default is timestamp.</summary>
    private static bool TryGetOrder(HttpRequest request, out SearchOrder? order, out IResult? error)
    {
        error = null;
        var sort = Query.Get(request, "sort") ?? "timestamp";
        var descending = sort.StartsWith('-');
        order = sort.TrimStart('-') switch
        {
            "timestamp" => new SearchOrder("sites.created_time", "sites.id", descending),
            "name" => new SearchOrder("sites.name", "sites.id", descending),
            _ => null,
        };
        if (order is null)
        {
            error = ApiResults.BadRequest($"invalid sort: {sort} (name or timestamp)");
            return false;
        }

        return true;
    }

    /// <summary>A <c>response_site_search_item</c>: the site's identity plus feature flags read from its setting.</summary>
    private static JsonObject Item(JsonObject site, JsonObject setting) => new()
    {
        ["id"] = (string?)site["id"],
        ["site_id"] = (string?)site["id"],
        ["org_id"] = (string?)site["org_id"],
        ["name"] = (string?)site["name"],
        ["timezone"] = (string?)site["timezone"] ?? "UTC",
        ["country_code"] = (string?)site["country_code"],
        ["timestamp"] = (double?)site["modified_time"],
        ["auto_upgrade_enabled"] = Flag(setting, "auto_upgrade", "enabled", false),
        ["auto_upgrade_version"] = setting["auto_upgrade"]?["version"]?.GetValueKind() == JsonValueKind.String ? (string?)setting["auto_upgrade"]!["version"] : "stable",
        ["honeypot_enabled"] = Flag(setting, "rogue", "honeypot_enabled", false),
        ["vna_enabled"] = Flag(setting, "vna", "enabled", false),
        ["wifi_enabled"] = Flag(setting, "wifi", "enabled", true),
    };

    private static bool Flag(JsonObject setting, string section, string name, bool fallback) =>
        setting[section]?[name]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? (bool)setting[section]![name]! : fallback;
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// Compares each row with the org's sites (one listing, matched by exact name): absent is a create, present and
/// equal is unchanged, present and different is an update with <c>--update</c> (only the differing fields) and
/// unchanged without it. Two sites of one name in the org cannot be told apart: that row is skipped, as a failure.
/// Templates and site groups (already resolved to ids) compare with the site's fields; <c>vars</c> with its setting's.
/// </summary>
internal static class SiteImportPlanner
{
    /// <param name="rows">The file's rows.</param>
    /// <param name="sites">The org's sites (one listing).</param>
    /// <param name="update">Whether existing sites that differ are updated.</param>
    /// <param name="references">Per row, the template and site group fields resolved to ids.</param>
    /// <param name="vars">The current <c>vars</c> of the existing sites whose rows set some.</param>
    public static IReadOnlyList<SiteImportStep> Plan(
        IReadOnlyList<SiteImportRow> rows,
        IReadOnlyList<Mist.Site> sites,
        bool update,
        IReadOnlyDictionary<SiteImportRow, JsonObject>? references = null,
        IReadOnlyDictionary<Guid, JsonObject>? vars = null)
    {
        references ??= new Dictionary<SiteImportRow, JsonObject>();
        vars ??= new Dictionary<Guid, JsonObject>();
        var byName = sites.Where(s => s.Name is not null).ToLookup(s => s.Name!, StringComparer.Ordinal);
        var steps = new List<SiteImportStep>(rows.Count);
        foreach (var row in rows)
        {
            var existing = byName[row.Name].ToList();
            if (existing.Count == 0)
            {
                var create = new SiteCreateOptions(row.Name);
                Fill(create, row, null, references.GetValueOrDefault(row));
                steps.Add(new SiteImportStep(row, "create", null, create, null) { Vars = VarsToSet(row, null) });
                continue;
            }

            if (existing.Count > 1)
            {
                steps.Add(new SiteImportStep(row, "skip", null, null, $"{existing.Count} sites are named '{row.Name}' in the org; rename or delete the extra ones first."));
                continue;
            }

            var site = existing[0];
            var changes = new SiteUpdateOptions();
            Fill(changes, row, site, references.GetValueOrDefault(row));
            var newVars = VarsToSet(row, vars.GetValueOrDefault(site.Id) ?? []);
            if (changes.IsEmpty && newVars is null)
            {
                steps.Add(new SiteImportStep(row, "unchanged", site, null, null));
            }
            else if (update)
            {
                steps.Add(new SiteImportStep(row, "update", site, changes, null) { Vars = newVars });
            }
            else
            {
                var differs = changes.FieldNames.Concat(newVars is null ? [] : ["vars"]);
                steps.Add(new SiteImportStep(row, "unchanged", site, null, $"Exists; differs in {string.Join(", ", differs)} (add --update to change)."));
            }
        }

        return steps;
    }

    /// <summary>
    /// The <c>vars</c> to send: the site's current ones with the row's added or changed (a PUT of the setting replaces
    /// the whole <c>vars</c> object, so the others are sent back as they are), or null when nothing differs.
    /// </summary>
    private static JsonObject? VarsToSet(SiteImportRow row, JsonObject? current)
    {
        if (row.Vars is null || row.Vars.All(v => current?[v.Key] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == v.Value))
        {
            return null;
        }

        var merged = current?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in row.Vars)
        {
            merged[key] = value;
        }

        return merged;
    }

    /// <summary>Sets the row's fields on <paramref name="fields"/>: all of them for a new site, only those that differ from <paramref name="site"/>.</summary>
    private static void Fill(SiteFields fields, SiteImportRow row, Mist.Site? site, JsonObject? references)
    {
        foreach (var (field, value) in references ?? [])
        {
            if (!SameReference(value, site is null ? null : Current(site, field)))
            {
                fields.Set(field, value?.DeepClone());
            }
        }

        if (row.Address is { } address && !Same(address, site?.Address))
        {
            fields.Address = address;
        }

        if (row.Timezone is { } timezone && !Same(timezone, site?.Timezone))
        {
            fields.Timezone = timezone;
        }

        if (row.CountryCode is { } country && !Same(country, site?.CountryCode?.ToUpperInvariant()))
        {
            fields.CountryCode = country;
        }

        if (row.Latlng is { } latlng && !(site?.Latlng is { } current && Near(current, latlng)))
        {
            fields.Latlng = latlng;
        }

        if (row.Notes is { } notes && !Same(notes, site?.Notes))
        {
            fields.Notes = notes;
        }
    }

    /// <summary>The site's id field (or, for <c>sitegroup_ids</c>, its id list) as JSON.</summary>
    private static JsonNode? Current(Mist.Site site, string field) => field == "sitegroup_ids"
        ? new JsonArray([.. (site.SitegroupIds ?? []).Select(g => (JsonNode)g.ToString())])
        : site.AdditionalProperties?.TryGetValue(field, out var value) == true && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Ids compare without case; a list of site groups compares as a set (the order means nothing to Mist).</summary>
    private static bool SameReference(JsonNode? wanted, JsonNode? current) => (wanted, current) switch
    {
        (JsonArray a, JsonArray b) => Ids(a).SetEquals(Ids(b)),
        (JsonValue a, JsonValue b) => string.Equals(a.ToString(), b.ToString(), StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static HashSet<string> Ids(JsonArray ids) => ids.Select(i => i?.ToString().ToLowerInvariant() ?? string.Empty).ToHashSet(StringComparer.Ordinal);

    private static bool Same(string wanted, string? current) => current is not null && string.Equals(wanted, current, StringComparison.Ordinal);

    // The file's decimal text and the API's double may differ in the last bits; a micro-degree is about 10 cm.
    private static bool Near(LatLng a, LatLng b) => Math.Abs(a.Lat - b.Lat) < 1e-7 && Math.Abs(a.Lng - b.Lng) < 1e-7;
}

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// Compares each row with the org's sites (one listing, matched by exact name): absent is a create, present and
/// equal is unchanged, present and different is an update with <c>--update</c> (only the differing fields) and
/// unchanged without it. Two sites of one name in the org cannot be told apart: that row is skipped, as a failure.
/// </summary>
internal static class SiteImportPlanner
{
    public static IReadOnlyList<SiteImportStep> Plan(IReadOnlyList<SiteImportRow> rows, IReadOnlyList<Mist.Site> sites, bool update)
    {
        var byName = sites.Where(s => s.Name is not null).ToLookup(s => s.Name!, StringComparer.Ordinal);
        var steps = new List<SiteImportStep>(rows.Count);
        foreach (var row in rows)
        {
            var existing = byName[row.Name].ToList();
            if (existing.Count == 0)
            {
                var create = new SiteCreateOptions(row.Name);
                Fill(create, row, null);
                steps.Add(new SiteImportStep(row, "create", null, create, null));
                continue;
            }

            if (existing.Count > 1)
            {
                steps.Add(new SiteImportStep(row, "skip", null, null, $"{existing.Count} sites are named '{row.Name}' in the org; rename or delete the extra ones first."));
                continue;
            }

            var site = existing[0];
            var changes = new SiteUpdateOptions();
            Fill(changes, row, site);
            if (changes.IsEmpty)
            {
                steps.Add(new SiteImportStep(row, "unchanged", site, null, null));
            }
            else if (update)
            {
                steps.Add(new SiteImportStep(row, "update", site, changes, null));
            }
            else
            {
                steps.Add(new SiteImportStep(row, "unchanged", site, null, $"Exists; differs in {string.Join(", ", changes.FieldNames)} (add --update to change)."));
            }
        }

        return steps;
    }

    /// <summary>Sets the row's fields on <paramref name="fields"/>: all of them for a new site, only those that differ from <paramref name="site"/>.</summary>
    private static void Fill(SiteFields fields, SiteImportRow row, Mist.Site? site)
    {
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

    private static bool Same(string wanted, string? current) => current is not null && string.Equals(wanted, current, StringComparison.Ordinal);

    // The file's decimal text and the API's double may differ in the last bits; a micro-degree is about 10 cm.
    private static bool Near(LatLng a, LatLng b) => Math.Abs(a.Lat - b.Lat) < 1e-7 && Math.Abs(a.Lng - b.Lng) < 1e-7;
}

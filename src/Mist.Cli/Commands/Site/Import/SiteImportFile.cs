using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Terminal;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// Reads and checks a whole site import file before anything is sent: the header, each record's CSV, each value
/// (name present, IANA time zone, ISO country, LAT,LNG) and names given twice. Any problem: exit 2, all listed.
/// </summary>
internal static class SiteImportFile
{
    public static readonly string[] Columns = ["name", "address", "timezone", "country_code", "latlng", "notes"];

    public static IReadOnlyList<SiteImportRow> Read(CliConsole console, string path)
    {
        var problems = new InputProblems(path);
        var table = BulkTable.Parse(BulkFile.ReadAll(console, path), Columns, problems);
        table.NoteComments(console);
        table.Require("name", problems);
        var rows = new List<SiteImportRow>();
        foreach (var row in table.Rows)
        {
            var name = row.Get("name");
            if (name is null)
            {
                problems.Add(row.Line, "the name is missing; every site needs one.");
            }

            var timezone = row.Get("timezone") is { } tz ? problems.Check(row.Line, () => InputParsers.Timezone(tz)) : null;
            var country = row.Get("country_code") is { } cc ? problems.Check(row.Line, () => InputParsers.CountryCode(cc)) : null;
            var latlng = row.Get("latlng") is { } ll ? problems.Check(row.Line, () => InputParsers.LatLng(ll)) : null;
            if (name is not null)
            {
                rows.Add(new SiteImportRow(row.Line, name, row.Get("address"), timezone, country, latlng, row.Get("notes")));
            }
        }

        foreach (var twice in rows.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var lines = string.Join(", ", twice.Select(r => r.Line));
            foreach (var row in twice.Skip(1))
            {
                problems.Add(row.Line, $"the name '{twice.Key}' is given more than once (lines {lines}); each site must appear once.");
            }
        }

        problems.ThrowIfAny();
        return rows;
    }
}

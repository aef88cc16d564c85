using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Terminal;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// Reads and checks a whole site import file before anything is sent: the header, each record's CSV, each value
/// (name present, IANA time zone, ISO country, location, ids, vars) and names given twice. Any problem: exit 2, all
/// listed. Files made for mist_library's import_sites (<c>#name,address,rftemplate_name,...</c>) and our own
/// <c>site list -o csv</c> output are read as they are.
/// </summary>
internal static class SiteImportFile
{
    public static readonly string[] Columns =
    [
        "name", "address", "timezone", "country_code", "latlng", "notes",
        .. SiteReferenceKind.All.SelectMany(k => new[] { k.NameColumn, k.IdColumn }), "vars",
    ];

    /// <summary>Other tools' names for our columns (mist_library writes both <c>sitegroup_names</c> and <c>site_group_names</c>).</summary>
    public static readonly BulkColumns Rules = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site_name"] = "name",
            ["site_address"] = "address",
            ["site_group_names"] = "sitegroup_names",
            ["site_group_ids"] = "sitegroup_ids",
        },
        new HashSet<string>(StringComparer.Ordinal) { "id", "org_id", "msp_id", "created_time", "modified_time", "tzoffset" });

    public static IReadOnlyList<SiteImportRow> Read(CliConsole console, string path)
    {
        var problems = new InputProblems(path);
        var table = BulkTable.Parse(BulkFile.ReadAll(console, path), Columns, problems, Rules);
        table.WriteNotes(console);
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
            var latlng = row.Get("latlng") is { } ll ? problems.Check(row.Line, () => SiteImportCells.LatLng(ll)) : null;
            var vars = row.Get("vars") is { } v ? problems.Check(row.Line, () => SiteImportCells.Vars(v)) : null;
            var references = References(row, problems);
            if (name is not null)
            {
                rows.Add(new SiteImportRow(row.Line, name, row.Get("address"), timezone, country, latlng, row.Get("notes"))
                {
                    References = references,
                    Vars = vars,
                });
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

    private static List<SiteReference> References(BulkRow row, InputProblems problems)
    {
        var references = new List<SiteReference>();
        foreach (var kind in SiteReferenceKind.All)
        {
            var (names, ids) = (row.Get(kind.NameColumn), row.Get(kind.IdColumn));
            if (names is not null && ids is not null)
            {
                // mist_library lets the name win silently; two answers to one question is a mistake worth a stop.
                problems.Add(row.Line, $"columns {kind.NameColumn} and {kind.IdColumn} are both filled; give one of them.");
            }
            else if (names is not null)
            {
                var values = kind.Many ? problems.Check(row.Line, () => SiteImportCells.List(kind.NameColumn, names)) : [names];
                references.Add(new SiteReference(kind, kind.NameColumn, values ?? [], ByName: true));
            }
            else if (ids is not null && problems.Check(row.Line, () => SiteImportCells.Ids(kind, ids)) is { } checkedIds)
            {
                references.Add(new SiteReference(kind, kind.IdColumn, checkedIds, ByName: false));
            }
        }

        return references;
    }
}

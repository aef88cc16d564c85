namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// A CSV file with a header row naming its columns (case-insensitive, any order). Unknown and repeated columns,
/// missing required columns, malformed records and rows with more cells than the header are problems. The header
/// may start with <c>#</c> (<c>#mac,name</c>, as peer scripts require) when it names a known column; other tools'
/// names for a column are read as ours (<see cref="BulkColumns.Aliases"/>), and columns that describe an object
/// rather than set it (<c>id</c>, <c>created_time</c> in our own exports) are read past with a note.
/// </summary>
internal sealed class BulkTable
{
    private readonly IReadOnlyList<int> _curly;
    private readonly IReadOnlyList<string> _ignored;

    private BulkTable(int headerLine, IReadOnlyList<string> columns, IReadOnlyList<BulkRow> rows, IReadOnlyList<int>? comments = null, IReadOnlyList<int>? curly = null, IReadOnlyList<string>? ignored = null)
    {
        Comments = comments ?? [];
        HeaderLine = headerLine;
        Columns = columns;
        Rows = rows;
        _curly = curly ?? [];
        _ignored = ignored ?? [];
    }

    public int HeaderLine { get; }

    /// <summary>The lines skipped as comments (<see cref="CsvReader.IsSkipped"/>), for <see cref="WriteNotes"/>.</summary>
    public IReadOnlyList<int> Comments { get; }

    /// <summary>
    /// Says on stderr what was read other than as written: comment lines skipped, curly quotes read as quotes, columns
    /// ignored. No data line or cell is dropped without a word.
    /// </summary>
    public void WriteNotes(Terminal.CliConsole console)
    {
        var after = Comments.Where(l => l > HeaderLine).ToList();
        if (after.Count > 0)
        {
            console.Error.WriteLine(
                $"Note: skipped {after.Count} comment line{(after.Count == 1 ? string.Empty : "s")} ({Lines(after)}): a line starting with # is a comment; " +
                "quote a value that starts with # (\"#1 Store\").");
        }

        if (_curly.Count > 0)
        {
            console.Error.WriteLine($"Note: curly quotes (\u201C \u201D) read as straight quotes on line{(_curly.Count == 1 ? string.Empty : "s")} {Lines(_curly)} (a word processor wrote them).");
        }

        if (_ignored.Count > 0)
        {
            console.Error.WriteLine($"Note: ignored column{(_ignored.Count == 1 ? string.Empty : "s")} {string.Join(", ", _ignored)}: Mist sets {(_ignored.Count == 1 ? "it" : "them")}, a file cannot.");
        }
    }

    private static string Lines(IReadOnlyList<int> lines) => string.Join(", ", lines.Take(10)) + (lines.Count > 10 ? ", ..." : string.Empty);

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<BulkRow> Rows { get; }

    public bool Has(string column) => Columns.Contains(column, StringComparer.Ordinal);

    private const string SaveAsCommas =
        "Excel uses semicolons where the decimal mark is a comma: save as \"CSV UTF-8 (Comma delimited)\" with commas, or replace the semicolons with commas.";

    public static BulkTable Parse(string text, IReadOnlyList<string> known, InputProblems problems, BulkColumns? rules = null)
    {
        rules ??= BulkColumns.None;
        var comments = new List<int>();
        var records = CsvReader.Read(text, comments, fields => fields.Any(f => rules.Recognises(known, f))).ToList();
        var curly = records.Where(r => r.CurlyQuotes).Select(r => r.Line).ToList();

        // Excel may write a first line "sep=," (or "sep=;") naming the separator.
        if (records.Count > 0 && records[0].Fields is [var first, ..] && first.StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            if (records[0].Fields.Count == 2 && first.Length == 4)
            {
                records.RemoveAt(0); // "sep=," read as two fields: commas, as expected.
            }
            else
            {
                problems.Add(records[0].Line, $"the file says '{first}': its values are separated by '{first[4..]}', not commas. {SaveAsCommas}");
                return new BulkTable(records[0].Line, [], [], comments);
            }
        }

        if (records.Count == 0)
        {
            problems.Add(1, $"no header row; the first line must name the columns ({string.Join(",", known)}).");
            return new BulkTable(1, [], [], comments);
        }

        var header = records[0];
        if (header.Fields.Count == 1 && header.Fields[0].Contains(';', StringComparison.Ordinal))
        {
            problems.Add(header.Line, $"the header is separated by semicolons ('{header.Fields[0]}'), not commas. {SaveAsCommas}");
            return new BulkTable(header.Line, [], [], comments);
        }

        var written = header.Fields.Select(BulkColumns.Normalize).ToList();
        var columns = written.Select(rules.Canonical).ToList();
        if (header.Error is not null)
        {
            problems.Add(header.Line, header.Error);
        }

        var ignored = new List<string>();
        foreach (var column in columns.Distinct(StringComparer.Ordinal))
        {
            var names = written.Where((_, i) => columns[i] == column).ToList();
            if (rules.Ignored.Contains(column))
            {
                ignored.Add(column);
            }
            else if (!known.Contains(column, StringComparer.Ordinal))
            {
                problems.Add(header.Line, $"unknown column '{column}'; the columns are {string.Join(", ", known)}.");
            }
            else if (names.Count > 1)
            {
                problems.Add(header.Line, names.Distinct(StringComparer.Ordinal).Count() == 1
                    ? $"column '{column}' is named twice."
                    : $"column '{column}' is named twice ({string.Join(" and ", names)} mean the same).");
            }
        }

        var rows = new List<BulkRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Error is not null)
            {
                problems.Add(record.Line, record.Error);
                continue;
            }

            if (record.Fields.Count > columns.Count)
            {
                problems.Add(record.Line, $"{record.Fields.Count} cells, but the header names {columns.Count} columns.");
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < record.Fields.Count; i++)
            {
                if (!rules.Ignored.Contains(columns[i]))
                {
                    cells.TryAdd(columns[i], record.Fields[i]);
                }
            }

            rows.Add(new BulkRow(record.Line, cells));
        }

        return new BulkTable(header.Line, [.. columns.Where(c => !rules.Ignored.Contains(c))], rows, comments, curly, ignored);
    }

    /// <summary>Adds a problem (on the header's line) when <paramref name="column"/> is not in the header.</summary>
    public void Require(string column, InputProblems problems, string? alternative = null)
    {
        if (Has(column) || (alternative is not null && Has(alternative)))
        {
            return;
        }

        problems.Add(HeaderLine, alternative is null ? $"the header has no '{column}' column, which is required." : $"the header needs a '{column}' or '{alternative}' column.");
    }
}

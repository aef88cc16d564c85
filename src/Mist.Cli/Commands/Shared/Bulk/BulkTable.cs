namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// A CSV file with a header row naming its columns (case-insensitive, any order). Unknown and repeated columns,
/// missing required columns, malformed records and rows with more cells than the header are problems.
/// </summary>
internal sealed class BulkTable
{
    private BulkTable(int headerLine, IReadOnlyList<string> columns, IReadOnlyList<BulkRow> rows)
    {
        HeaderLine = headerLine;
        Columns = columns;
        Rows = rows;
    }

    public int HeaderLine { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<BulkRow> Rows { get; }

    public bool Has(string column) => Columns.Contains(column, StringComparer.Ordinal);

    public static BulkTable Parse(string text, IReadOnlyList<string> known, InputProblems problems)
    {
        var records = CsvReader.Read(text);
        if (records.Count == 0)
        {
            problems.Add(1, $"no header row; the first line must name the columns ({string.Join(",", known)}).");
            return new BulkTable(1, [], []);
        }

        var header = records[0];
        var columns = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (header.Error is not null)
        {
            problems.Add(header.Line, header.Error);
        }

        foreach (var column in columns.Distinct(StringComparer.Ordinal))
        {
            if (!known.Contains(column, StringComparer.Ordinal))
            {
                problems.Add(header.Line, $"unknown column '{column}'; the columns are {string.Join(", ", known)}.");
            }
            else if (columns.Count(c => c == column) > 1)
            {
                problems.Add(header.Line, $"column '{column}' is named twice.");
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
                cells.TryAdd(columns[i], record.Fields[i]);
            }

            rows.Add(new BulkRow(record.Line, cells));
        }

        return new BulkTable(header.Line, columns, rows);
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

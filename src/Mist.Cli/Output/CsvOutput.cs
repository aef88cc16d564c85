using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Output;

/// <summary>
/// RFC 4180 CSV with a header row (CRLF line ends, fields quoted when needed); nested values as compact JSON. A text
/// cell (or header) starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading <c>'</c>, as
/// OWASP advises against CSV injection, so that <c>=HYPERLINK(...)</c> in a site name is not run by a spreadsheet;
/// <c>raw</c> (<c>--csv-raw</c>) writes every cell exactly. Numbers are numbers and are never changed.
/// </summary>
internal static class CsvOutput
{
    public static void Write(TextWriter writer, IReadOnlyList<JsonObject> rows, IReadOnlyList<string> columns, bool raw = false)
    {
        if (columns.Count == 0)
        {
            // Nothing to name (no rows, no known columns): an empty header line would read as one blank record.
            return;
        }

        WriteRecord(writer, raw ? columns : [.. columns.Select(Neutralise)]);
        foreach (var row in rows)
        {
            WriteRecord(writer, [.. columns.Select(c => Text(FieldPath.Lookup(row, c), raw))]);
        }
    }

    /// <summary>The cell with a leading <c>'</c> when a spreadsheet would read it as a formula.</summary>
    internal static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Text(JsonNode? value, bool raw) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => string.Empty,
        JsonValueKind.String => raw ? value.GetValue<string>() : Neutralise(value.GetValue<string>()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => OutputWriter.Compact(value),
    };
}

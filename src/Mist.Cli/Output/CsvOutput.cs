using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Output;

/// <summary>RFC 4180 CSV with a header row (CRLF line ends, fields quoted when needed); nested values as compact JSON.</summary>
internal static class CsvOutput
{
    public static void Write(TextWriter writer, IReadOnlyList<JsonObject> rows, IReadOnlyList<string> columns)
    {
        WriteRecord(writer, columns);
        foreach (var row in rows)
        {
            WriteRecord(writer, [.. columns.Select(c => Text(FieldPath.Lookup(row, c)))]);
        }
    }

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Text(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => OutputWriter.Compact(value),
    };
}

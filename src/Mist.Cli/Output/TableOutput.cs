using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Terminal;

namespace Mist.Cli.Output;

/// <summary>
/// gh-style tables: on a terminal, upper-case headers, aligned columns, fuzzy times and colour; piped, plain
/// tab-separated values with RFC 3339 times and no header, for cut and awk.
/// </summary>
internal sealed class TableOutput(TextWriter writer, OutputOptions options, TimeProvider time)
{
    private static readonly HashSet<string> s_timeFields = new(StringComparer.Ordinal)
    {
        "created_time", "modified_time", "timestamp", "last_seen", "last_used", "expire_time", "start_time", "end_time",
    };

    public void Write(IReadOnlyList<JsonObject> rows, IReadOnlyList<string> columns)
    {
        var cells = rows.Select(r => columns.Select(c => Cell(c, FieldPath.Lookup(r, c))).ToArray()).ToList();
        if (!options.IsTty)
        {
            foreach (var row in cells)
            {
                writer.WriteLine(string.Join('\t', row));
            }

            return;
        }

        var headers = columns.Select(c => c.ToUpperInvariant()).ToArray();
        var widths = headers.Select((h, i) => Math.Max(TerminalText.Width(h), cells.Count == 0 ? 0 : cells.Max(r => TerminalText.Width(r[i])))).ToArray();
        writer.WriteLine(Paint(Line(headers, widths), "1"));
        var colours = columns.Select(c => c == "connected").ToArray();
        foreach (var row in cells)
        {
            writer.WriteLine(Line(row, widths, colours));
        }
    }

    /// <summary>One object as "field: value" lines (all fields, or the chosen ones).</summary>
    public void WriteRecord(JsonObject item, IReadOnlyList<string>? fields)
    {
        var names = fields ?? [.. item.Select(p => p.Key)];
        var width = names.Count == 0 ? 0 : names.Max(n => TerminalText.Width(TerminalText.Escape(n)));
        foreach (var name in names)
        {
            var value = Cell(name, FieldPath.Lookup(item, name));
            var shown = TerminalText.Escape(name);
            writer.WriteLine(options.IsTty ? $"{Paint(TerminalText.PadRight(shown, width), "1")}  {value}" : $"{shown}\t{value}");
        }
    }

    private string Cell(string column, JsonNode? value)
    {
        if (value is null)
        {
            return options.IsTty ? "-" : string.Empty;
        }

        // "time" (events, alarms, audit logs) is ISO 8601 UTC in the data; people read it in their own time zone.
        if (column == "time" && options.IsTty && value is JsonValue iso && iso.TryGetValue(out string? isoText) &&
            DateTimeOffset.TryParse(isoText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var local))
        {
            return TimeZoneInfo.ConvertTime(local, TimeZoneInfo.Local).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        if (s_timeFields.Contains(column) && value is JsonValue v && v.TryGetValue(out double seconds))
        {
            var at = MistTime.FromEpochSeconds(seconds)!.Value;
            return options.IsTty ? FuzzyTime.Format(at, time.GetUtcNow()) : at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => OutputWriter.Compact(value),
        };
        // Line breaks and tabs would break the columns; every other control, bidi or zero-width character is shown escaped.
        return TerminalText.Escape(text.ReplaceLineEndings(" ").Replace('\t', ' '));
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : TerminalText.PadRight(c, widths[i]))).TrimEnd();

    /// <summary>A row whose state columns (CONNECTED) are coloured after padding, so the colour never shifts the columns.</summary>
    private string Line(string[] cells, int[] widths, bool[] coloured)
    {
        if (!options.Color || !coloured.Contains(true))
        {
            return Line(cells, widths);
        }

        var parts = cells.Select((c, i) =>
        {
            var padded = i == cells.Length - 1 ? c : TerminalText.PadRight(c, widths[i]);
            return coloured[i] && c is "true" or "false" ? Paint(c, c == "true" ? "32" : "31") + padded[c.Length..] : padded;
        });
        return string.Join("  ", parts).TrimEnd();
    }

    private string Paint(string text, string sgr) => options.Color ? $"\u001b[{sgr}m{text}\u001b[0m" : text;
}

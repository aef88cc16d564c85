using System.Text;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// An RFC 4180 reader: comma-separated, fields quoted with <c>"</c> (a quote doubled inside), CRLF, LF or CR line
/// ends, newlines inside quoted fields, an optional BOM. Between records, <see cref="IsSkipped">comment and blank
/// lines</see> are skipped, and the comment lines are counted so that a command can say it skipped them.
/// </summary>
/// <remarks>
/// Written here rather than taken from CsvHelper: bulk commands must list every problem of a file with its line
/// number before anything is sent, so a malformed record (an unclosed quote, a stray quote) has to come back as data
/// with the line it starts on, not as a callback or an exception in the middle of reading; and a reader this small
/// keeps the AOT-published tool free of another reflection-based dependency. The property test in
/// tests/Mist.Cli.Tests/Bulk checks it against a writer.
/// </remarks>
internal static class CsvReader
{
    /// <summary>
    /// The one comment rule of every input file (CSV and list files alike): a line whose first character other than
    /// space or tab is <c>#</c> is a comment, and a line of nothing but spaces and tabs is blank; both are skipped.
    /// A value that starts with <c>#</c> (a site named <c>#1 Store</c>) is written in quotes: <c>"#1 Store"</c>.
    /// </summary>
    public static bool IsSkipped(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart(" \t");
        return rest.IsEmpty || rest[0] == '#';
    }

    /// <summary>Whether the line (without its line end) is a comment by <see cref="IsSkipped"/>.</summary>
    public static bool IsComment(ReadOnlySpan<char> line) => line.TrimStart(" \t") is [ '#', .. ];

    public static IReadOnlyList<CsvRecord> Read(string text) => Read(text, null);

    /// <summary>Reads every record; the line numbers of skipped comment lines are added to <paramref name="comments"/>.</summary>
    public static IReadOnlyList<CsvRecord> Read(string text, List<int>? comments)
    {
        var records = new List<CsvRecord>();
        var cursor = new CsvCursor(text);
        if (cursor.Peek == '\uFEFF')
        {
            cursor.Advance();
        }

        while (!cursor.AtEnd)
        {
            var line = cursor.RestOfLine;
            if (IsSkipped(line))
            {
                if (IsComment(line))
                {
                    comments?.Add(cursor.Line);
                }

                cursor.SkipLine();
                continue;
            }

            records.Add(ReadRecord(cursor));
        }

        return records;
    }

    private static CsvRecord ReadRecord(CsvCursor cursor)
    {
        var line = cursor.Line;
        var fields = new List<string>();
        string? error = null;
        var field = new StringBuilder();
        while (true)
        {
            field.Clear();
            if (cursor.Peek == '"')
            {
                cursor.Advance();
                if (!ReadQuoted(cursor, field))
                {
                    fields.Add(field.ToString());
                    return new CsvRecord(line, fields, "a quoted field is never closed (unbalanced quotes)");
                }

                if (!cursor.AtEnd && !cursor.AtLineEnd && cursor.Peek != ',')
                {
                    error ??= "text after the closing quote of a field (a quote inside a quoted field must be doubled: \"\")";
                    ReadUnquoted(cursor, field);
                }
            }
            else if (ReadUnquoted(cursor, field))
            {
                error ??= "a quote inside an unquoted field (quote the whole field and double the quote: \"a \"\"b\"\"\")";
            }

            fields.Add(field.ToString());
            if (cursor.Peek == ',')
            {
                cursor.Advance();
                continue;
            }

            cursor.SkipLineEnd();
            return new CsvRecord(line, fields, error);
        }
    }

    /// <summary>Reads up to the closing quote (consumed); false when the text ends first.</summary>
    private static bool ReadQuoted(CsvCursor cursor, StringBuilder field)
    {
        while (!cursor.AtEnd)
        {
            var c = cursor.Advance();
            if (c != '"')
            {
                field.Append(c);
                continue;
            }

            if (cursor.Peek != '"')
            {
                return true;
            }

            field.Append('"');
            cursor.Advance();
        }

        return false;
    }

    /// <summary>Reads up to a comma or line end (not consumed); true when it met a quote.</summary>
    private static bool ReadUnquoted(CsvCursor cursor, StringBuilder field)
    {
        var quote = false;
        while (!cursor.AtEnd && !cursor.AtLineEnd && cursor.Peek != ',')
        {
            var c = cursor.Advance();
            quote |= c == '"';
            field.Append(c);
        }

        return quote;
    }
}

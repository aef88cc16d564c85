using System.Text;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// An RFC 4180 reader: comma-separated, fields quoted with <c>"</c> (a quote doubled inside), CRLF, LF or CR line
/// ends, newlines inside quoted fields, an optional BOM. Between records, <see cref="IsSkipped">comment and blank
/// lines</see> are skipped, and the comment lines are counted so that a command can say it skipped them.
/// Forgiving where other tools' files differ from the RFC: spaces or tabs around a quoted field
/// (<c>a, "b, c"</c>, as Python scripts' examples write them) are dropped, a field quoted with a word processor's
/// curly quotes (“ ”) is read as quoted (the record says so, for a note), and a first line <c>#name,address</c>
/// is the header when the caller recognises its columns (peer scripts require the <c>#</c>).
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
    /// <param name="text">The whole file.</param>
    /// <param name="comments">Receives the line numbers of the comment lines skipped.</param>
    /// <param name="isHeader">
    /// Asked about the fields of a comment line that comes before any record: true makes it the header record
    /// (<c>#mac,name</c>), false leaves it a comment (<c># wave 1</c>).
    /// </param>
    public static IReadOnlyList<CsvRecord> Read(string text, List<int>? comments, Func<IReadOnlyList<string>, bool>? isHeader = null)
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
                if (records.Count == 0 && isHeader is not null && IsComment(line) && HashHeader(line, cursor.Line, isHeader) is { } header)
                {
                    records.Add(header);
                    cursor.SkipLine();
                    continue;
                }

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

    /// <summary>The fields of a comment line after its <c>#</c>, as a record, when <paramref name="isHeader"/> says they are a header.</summary>
    private static CsvRecord? HashHeader(ReadOnlySpan<char> line, int number, Func<IReadOnlyList<string>, bool> isHeader)
    {
        var record = ReadRecord(new CsvCursor(line.TrimStart(" \t")[1..].ToString()));
        return record.Error is null && isHeader(record.Fields) ? record with { Line = number } : null;
    }

    private const char CurlyOpen = '\u201C';
    private const char CurlyClose = '\u201D';

    private static CsvRecord ReadRecord(CsvCursor cursor)
    {
        var line = cursor.Line;
        var fields = new List<string>();
        string? error = null;
        var curly = false;
        var field = new StringBuilder();
        while (true)
        {
            field.Clear();
            var quote = QuoteAhead(cursor);
            if (quote == CurlyOpen)
            {
                curly = true;
                cursor.SkipBlanks();
                cursor.Advance();
                ReadCurlyQuoted(cursor, field);
            }
            else if (quote == '"')
            {
                cursor.SkipBlanks();
                cursor.Advance();
                if (!ReadQuoted(cursor, field))
                {
                    fields.Add(field.ToString());
                    return new CsvRecord(line, fields, "a quoted field is never closed (unbalanced quotes)", curly);
                }

                cursor.SkipBlanksBeforeFieldEnd();
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
            return new CsvRecord(line, fields, error, curly);
        }
    }

    /// <summary>The quote that opens the next field after any spaces or tabs (<c>"</c> or “), or none.</summary>
    private static char? QuoteAhead(CsvCursor cursor)
    {
        var rest = cursor.RestOfLine;
        var text = rest.TrimStart(" \t");
        return text is ['"', ..] ? '"' : text is [CurlyOpen, ..] && ClosesCurly(text[1..]) ? CurlyOpen : null;
    }

    /// <summary>Whether a ” ends a field in <paramref name="text"/>; without one, an opening “ is just a character.</summary>
    private static bool ClosesCurly(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf(CurlyClose); i >= 0; i = text.IndexOf(CurlyClose))
        {
            text = text[(i + 1)..];
            if (text.TrimStart(" \t") is [] or [',', ..])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A field a word processor quoted: up to the ” that is followed (after spaces) by a comma or the line end (one
    /// is there: <see cref="ClosesCurly"/>); a straight quote inside is data.
    /// </summary>
    private static void ReadCurlyQuoted(CsvCursor cursor, StringBuilder field)
    {
        while (!cursor.AtEnd && !cursor.AtLineEnd)
        {
            var c = cursor.Advance();
            if (c == CurlyClose && cursor.RestOfLine.TrimStart(" \t") is [] or [',', ..])
            {
                cursor.SkipBlanksBeforeFieldEnd();
                return;
            }

            field.Append(c);
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

using System.Text;
using CsCheck;
using Mist.Cli.Commands.Shared.Bulk;

namespace Mist.Cli.Tests.Bulk;

public class CsvReaderTests
{
    [Fact]
    public void Rows_written_with_quotes_commas_and_newlines_read_back_as_the_same_fields()
    {
        var field = Gen.String["ab ,\"\r\n#é\t"];
        // A line whose first non-blank character is '#' is a comment, and a line of spaces and tabs is blank
        // (CsvReader.IsSkipped): such a first field is quoted, as a user must.
        var row = field.Array[1, 5];
        Gen.Select(row.Array[1, 12], Gen.Bool).Sample((rows, crlf) =>
        {
            var text = Write(rows, crlf ? "\r\n" : "\n");
            var read = CsvReader.Read(text);
            Assert.Equal(rows.Length, read.Count);
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.Null(read[i].Error);
                Assert.Equal(rows[i], read[i].Fields);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Lines_are_counted_across_embedded_newlines_comments_and_blank_lines_and_a_bom_is_skipped()
    {
        var text = "\uFEFFname,notes\r\n# a comment\r\n\r\nA,\"two\r\nlines\"\r\nB,\"say \"\"hi\"\"\"\nC,x";

        var records = CsvReader.Read(text);

        Assert.Equal([1, 4, 6, 7], records.Select(r => r.Line));
        Assert.Equal(["name", "notes"], records[0].Fields);
        Assert.Equal(["A", "two\r\nlines"], records[1].Fields);
        Assert.Equal(["B", "say \"hi\""], records[2].Fields);
        Assert.Equal(["C", "x"], records[3].Fields);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Malformed_quotes_are_reported_on_the_line_where_the_record_starts()
    {
        var records = CsvReader.Read("a,b\nx\"y,z\n\"p\"q,r\ns,\"never closed\nt,u\n");

        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
        Assert.Null(records[0].Error);
        Assert.Contains("quote inside an unquoted field", records[1].Error, StringComparison.Ordinal);
        Assert.Contains("after the closing quote", records[2].Error, StringComparison.Ordinal);
        Assert.Contains("never closed", records[3].Error, StringComparison.Ordinal);
    }

    // RFC 4180 as a spreadsheet writes it, plus quoting where this reader gives a character a meaning at the start
    // of a line: '#' (a comment) and a lone empty field (a blank line).
    private static string Write(string[][] rows, string newline)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select((f, i) => NeedsQuotes(f, i, row.Length) ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)));
            text.Append(newline);
        }

        return text.ToString();
    }

    private static bool NeedsQuotes(string field, int index, int count) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (index == 0 && CsvReader.IsSkipped(count == 1 ? field : field + ","));
}

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

    [Fact]
    public void Spaces_around_a_quoted_field_are_dropped_as_python_scripts_write_them()
    {
        var records = CsvReader.Read("Juniper France, \"41 rue de Villiers, Neuilly\" , \"test1, test2\",x\n");

        Assert.Null(records[0].Error);
        Assert.Equal(["Juniper France", "41 rue de Villiers, Neuilly", "test1, test2", "x"], records[0].Fields);
    }

    [Fact]
    public void Curly_quotes_from_a_word_processor_quote_a_field_and_are_flagged_but_curly_quotes_inside_a_value_are_data()
    {
        var records = CsvReader.Read("\u201C8 Rue de Rivoli, Paris\u201D,x\nHe said \u201Chi\u201D,y\n\u201Cnever closed,z\n");

        Assert.Equal(["8 Rue de Rivoli, Paris", "x"], records[0].Fields);
        Assert.True(records[0].CurlyQuotes);
        Assert.Equal(["He said \u201Chi\u201D", "y"], records[1].Fields);
        Assert.False(records[1].CurlyQuotes);
        Assert.Equal(["\u201Cnever closed", "z"], records[2].Fields);
    }

    [Fact]
    public void A_first_comment_line_naming_known_columns_is_the_header_and_other_comments_stay_comments()
    {
        var comments = new List<int>();
        var known = new[] { "mac", "name" };

        var records = CsvReader.Read("\n# pallet 7\n#mac,name\n5c5b354a7c15,ap-1\n#mac,name\n", comments, f => f.Any(c => known.Contains(c.Trim())));
        var plain = CsvReader.Read("#mac,name\n5c5b354a7c15,ap-1\n", null, _ => false);

        Assert.Equal([3, 4], records.Select(r => r.Line));
        Assert.Equal(["mac", "name"], records[0].Fields);
        Assert.Equal([2, 5], comments);
        Assert.Equal([2], plain.Select(r => r.Line));
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

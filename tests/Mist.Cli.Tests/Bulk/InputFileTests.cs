using System.Text;

namespace Mist.Cli.Tests.Bulk;

/// <summary>Input files read honestly: strict UTF-8 (UTF-16 by its BOM), one comment rule, separators named.</summary>
public class InputFileTests
{
    [Fact]
    public async Task A_windows_1252_file_is_refused_with_its_first_bad_line_and_advice()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = await WriteAsync(cli, [.. "name\nBern\n"u8.ToArray(), .. new byte[] { (byte)'Z', 0xFC, (byte)'r', (byte)'i', (byte)'c', (byte)'h', (byte)'\n' }]);

        var result = await cli.RunAsync("site", "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 3 is not UTF-8 text", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task Utf8_with_a_bom_and_utf16_by_its_bom_are_read(string encoding)
    {
        await using var cli = await CliHarness.StartAsync();
        var text = "name\nZürich Encoded\n";
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        };
        var file = await WriteAsync(cli, bytes);

        var result = await cli.RunAsync("site", "import", file, "--dry-run", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Zürich Encoded", result.Json[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Comments_follow_one_rule_and_are_reported_and_a_quoted_hash_is_data()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = await WriteAsync(cli, Encoding.UTF8.GetBytes("name\n#1 Store\n  # note\n \t\n\"#2 Store\"\nPlain\n"));

        var result = await cli.RunAsync("site", "import", file, "--dry-run", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["#2 Store", "Plain"], result.Json.AsArray().Select(r => r!["name"]!.GetValue<string>()));
        Assert.Contains("Note: skipped 2 comment lines (2, 3)", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name;address\nA;B\n", "separated by semicolons")]
    [InlineData("sep=;\nname;address\nA;B\n", "separated by ';'")]
    public async Task A_semicolon_file_gets_a_message_that_says_so(string text, string expected)
    {
        await using var cli = await CliHarness.StartAsync();
        var file = await WriteAsync(cli, Encoding.UTF8.GetBytes(text));

        var result = await cli.RunAsync("site", "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task An_excel_sep_comma_line_is_skipped()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = await WriteAsync(cli, Encoding.UTF8.GetBytes("sep=,\nname,address\nSep Site,Here\n"));

        var result = await cli.RunAsync("site", "import", file, "--dry-run", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Sep Site", result.Json[0]!["name"]!.GetValue<string>());
    }

    private static async Task<string> WriteAsync(CliHarness cli, byte[] bytes)
    {
        var path = Path.Combine(cli.StateDir, "..", $"input-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        return path;
    }
}

using System.Text.Json.Nodes;
using Mist.Cli.Output;
using Mist.Cli.Terminal;

namespace Mist.Cli.Tests.Hostile;

/// <summary>
/// Issue 12, items 4, 5, 6 and 11 through the real command tree: giant arguments and credentials in a host are
/// refused with exit 2 before anything is sent; server text reaches the terminal escaped, padded by display width,
/// and CSV cells cannot run as formulas unless --csv-raw says so.
/// </summary>
public class HostileInputCliTests
{
    private const string Clipboard = "\u001b]52;c;aGVsbG8=\u0007";
    private const string Evil = "evil" + Clipboard + "\u001b[2J\b\b\u202Egnp.exe\u200B";

    public static TheoryData<string, string[], string> Refused => new()
    {
        { "10,000-character site name", ["site", "create", "--name", new string('n', 10_000)], "the limit is 256" },
        { "10,000-character site reference", ["site", "view", new string('n', 10_000)], "the limit is 256" },
        { "10,000-character device reference", ["device", "view", new string('d', 10_000)], "the limit is 256" },
        { "5 MB name", ["site", "create", "--name", new string('n', 5 * 1024 * 1024)], "the limit is 65,536" },
        { "5 MB api path", ["api", "sites/" + new string('p', 5 * 1024 * 1024)], "the limit is 65,536" },
        { "20,000-character api path", ["api", "sites/" + new string('p', 20_000)], "the limit is 8,192" },
        { "giant query value", ["api", "-X", "GET", "self", "-f", "name=" + new string('q', 5000)], "the limit is 4,096" },
        { "encoded dot-dot", ["api", "self/..%2f..%2fx"], "'..'" },
        { "double-encoded dot-dot", ["api", "self/%252e%252e/x"], "'..'" },
        { "credentials in --host", ["site", "list", "--host", "https://admin:secret@api.mist.com/"], "user name or password" },
        { "credentials in a bare --host", ["site", "list", "--host", "admin:secret@api.eu.mist.com"], "user name or password" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Hostile_arguments_are_refused_with_exit_2_and_nothing_sent(string name, string[] args, string fragment)
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Simulator.Counters.Reset();

        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == 2, $"{name}: {result.ExitCode}\n{result.Stderr[..Math.Min(2000, result.Stderr.Length)]}");
        Assert.Contains(fragment, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Stderr, StringComparison.Ordinal);
        Assert.True(result.Stderr.Length < 2000, $"{name}: stderr repeats the argument ({result.Stderr.Length:N0} characters)");
        Assert.Equal(0, cli.Simulator.Counters.Total);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task Control_and_bidi_characters_in_names_are_escaped_in_tables_but_exact_in_json()
    {
        await using var cli = await CliHarness.StartAsync();
        var created = await cli.RunAsync("site", "create", "--name", Evil, "-o", "json");
        Assert.True(created.ExitCode == 0, created.ToString());

        var table = await cli.RunAsync(["site", "list"], tty: true);
        var piped = await cli.RunAsync("site", "list");
        var view = await cli.RunAsync(["site", "view", created.Json["id"]!.GetValue<string>()], tty: true);
        var json = await cli.RunAsync("site", "list", "-o", "json");
        var ndjson = await cli.RunAsync("site", "list", "-o", "ndjson");
        var yaml = await cli.RunAsync("site", "list", "-o", "yaml");

        foreach (var shown in new[] { table.Stdout, piped.Stdout, view.Stdout })
        {
            Assert.DoesNotContain("\u001b]52", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("\b", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("\u200B", shown, StringComparison.Ordinal);
            Assert.Contains(@"evil\x1B]52;c;aGVsbG8=\x07\x1B[2J\x08\x08\u{202E}gnp.exe\u{200B}", shown, StringComparison.Ordinal);
        }

        Assert.Contains(json.Json.AsArray(), s => s!["name"]!.GetValue<string>() == Evil);
        Assert.Contains(ndjson.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => JsonNode.Parse(l)!["name"]!.GetValue<string>() == Evil);
        Assert.Contains("gnp.exe", yaml.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_text_in_error_messages_is_escaped()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("site", "view", "x" + Clipboard + "\u202E");

        Assert.Equal(5, result.ExitCode);
        Assert.DoesNotContain("\u001b", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(@"x\x1B]52;c;aGVsbG8=\x07\u{202E}", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_are_neutralised_unless_raw()
    {
        await using var cli = await CliHarness.StartAsync();
        string[] names = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2", "@SUM(1+1)"];
        foreach (var name in names)
        {
            var created = await cli.RunAsync("site", "create", "--name", name);
            Assert.True(created.ExitCode == 0, created.ToString());
        }

        var csv = await cli.RunAsync("site", "list", "-o", "csv", "--fields", "name");
        var raw = await cli.RunAsync("site", "list", "-o", "csv", "--fields", "name", "--csv-raw");

        Assert.Equal(0, csv.ExitCode);
        var cells = csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", cells);
        Assert.Contains("'+cmd|' /C calc'!A0", cells);
        Assert.Contains("'-2", cells);
        Assert.Contains("'@SUM(1+1)", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t');
        Assert.Equal("'\tTab", CsvOutput.Neutralise("\tTab"));
        Assert.Equal("'\rx", CsvOutput.Neutralise("\rx"));
        Assert.Equal("a=b", CsvOutput.Neutralise("a=b"));
        Assert.Contains("-2", raw.Stdout.Split("\r\n"));
        Assert.Contains("@SUM(1+1)", raw.Stdout.Split("\r\n"));
    }

    [Fact]
    public void Columns_are_padded_by_display_width()
    {
        var writer = new StringWriter();
        var table = new TableOutput(writer, new OutputOptions(OutputFormat.Table, null, null, false, true), TimeProvider.System);
        JsonObject[] rows =
        [
            new() { ["name"] = "Zürich 中文", ["id"] = "a" },
            new() { ["name"] = "Paris", ["id"] = "b" },
            new() { ["name"] = "Cafe\u0301", ["id"] = "c" },
        ];

        table.Write(rows, ["name", "id"]);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Where the last column starts, in terminal cells: the same on every line.
        var columns = lines.Select(l => TerminalText.Width(l) - TerminalText.Width(l[(l.LastIndexOf(' ') + 1)..])).ToList();
        Assert.All(columns, c => Assert.Equal(columns[0], c));
        Assert.Equal(11, TerminalText.Width("Zürich 中文"));
        Assert.Equal(4, TerminalText.Width("Cafe\u0301"));
    }

    [Fact]
    public void Escaping_leaves_ordinary_text_alone()
    {
        Assert.Equal("Zürich 中文 – café", TerminalText.Escape("Zürich 中文 – café"));
        Assert.Equal(@"a\x1Bb\x7F\x9B\u{2066}", TerminalText.Escape("a\u001bb\u007f\u009b\u2066"));
        Assert.Equal("line\nnext\ttab", TerminalText.Escape("line\nnext\ttab", keepLayout: true));
    }
}

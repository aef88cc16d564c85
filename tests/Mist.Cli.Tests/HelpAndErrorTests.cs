namespace Mist.Cli.Tests;

/// <summary>Help and usage errors speak the user's words: lower-case values, suggestions, help when nothing is asked.</summary>
public class HelpAndErrorTests
{
    [Fact]
    public async Task A_wrong_output_format_names_the_lower_case_values_and_any_case_is_accepted()
    {
        await using var cli = await CliHarness.StartAsync();

        var wrong = await cli.RunAsync("site", "list", "-o", "xml");
        var upper = await cli.RunAsync("site", "list", "-o", "JSON");
        var help = await cli.RunAsync("site", "list", "--help");

        Assert.Equal(2, wrong.ExitCode);
        Assert.StartsWith("error: 'xml' is not a valid --output value: use table, json, ndjson, csv or yaml.\n", wrong.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Mist.Cli", wrong.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, upper.ExitCode);
        Assert.StartsWith("[", upper.Stdout, StringComparison.Ordinal);
        Assert.Contains("-o, --output <table|json|ndjson|csv|yaml>", help.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("site")]
    public async Task A_command_group_alone_prints_its_help(params string[] args)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Theory]
    [InlineData("sites list", "error: unknown command 'sites' for 'mist'. Did you mean 'site'?")]
    [InlineData("site lsit", "error: unknown command 'lsit' for 'mist site'. Did you mean 'list'?")]
    [InlineData("devices", "error: unknown command 'devices' for 'mist'. Did you mean 'device'?")]
    public async Task A_mistyped_command_is_answered_with_the_nearest_one(string line, string expected)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(line.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected + "\n", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site", "import")]
    [InlineData("inventory", "claim")]
    public async Task A_default_is_stated_once(params string[] command)
    {
        await using var cli = await CliHarness.StartAsync();

        var help = await cli.RunAsync([.. command, "--help"]);

        Assert.DoesNotContain("(default", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("[default: ", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_bulk_commands_take_the_file_as_argument_or_with_file_but_not_both()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(cli.ConfigDir, "..", "sites.csv");
        await File.WriteAllTextAsync(file, "name\nHelp Test 1\n", TestContext.Current.CancellationToken);

        var argument = await cli.RunAsync("site", "import", file, "--dry-run");
        var option = await cli.RunAsync("site", "import", "--file", file, "--dry-run");
        var both = await cli.RunAsync("site", "import", file, "--file", file);
        var neither = await cli.RunAsync("device", "rename");

        Assert.Equal(0, argument.ExitCode);
        Assert.Equal(argument.Stdout, option.Stdout);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("not both", both.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("FILE or --file FILE", neither.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_prints_one_confirmation_line_on_stderr_piped_or_not_coloured_by_stderr()
    {
        await using var cli = await CliHarness.StartAsync();

        var piped = await cli.RunAsync("site", "create", "--name", "Confirm 1", "-o", "json");
        var terminal = await cli.RunAsync(["site", "create", "--name", "Confirm 2"], tty: true);

        Assert.Equal(0, piped.ExitCode);
        Assert.Matches(@"^✓ Created site Confirm 1 \([0-9a-f-]{36}\)\.\n$", piped.Stderr);
        Assert.Contains("\u001b[32m✓\u001b[0m Created site Confirm 2", terminal.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sim_serve_on_a_busy_port_is_one_line_and_exit_1()
    {
        await using var cli = await CliHarness.StartAsync();
        var busy = cli.Simulator.BaseAddress.Port;

        var result = await cli.RunAsync("sim", "serve", "--port", busy.ToString(System.Globalization.CultureInfo.InvariantCulture), "--in-memory");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: port {busy} on 127.0.0.1 is in use; choose another --port, or --port 0 for a free one.\n", result.Stderr);
    }

    [Fact]
    public async Task An_empty_table_prints_no_header_and_says_no_sites_found()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(["site", "list", "--name", "no such site*"], tty: true);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("No sites found.\n", result.Stderr);
    }

    [Theory]
    [InlineData("--site", "inventory", "assign")]
    [InlineData("--name", "site", "create")]
    public async Task Help_lists_the_required_option_first(string required, params string[] command)
    {
        await using var cli = await CliHarness.StartAsync();

        var help = await cli.RunAsync([.. command, "--help"]);

        var options = help.Stdout.Split('\n').SkipWhile(l => !l.StartsWith("Options:", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.StartsWith("  " + required + " ", options[0], StringComparison.Ordinal);
        Assert.Contains("Required", options[0], StringComparison.Ordinal);
    }
}

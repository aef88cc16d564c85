namespace Mist.Cli.Tests.Hostile;

/// <summary>
/// Issue 12, item 1: System.CommandLine's response files are off, so an argument starting with <c>@</c> is a plain
/// value and can never smuggle in more arguments (a <c>--yes</c>, say).
/// </summary>
public class ResponseFileTests
{
    [Fact]
    public async Task A_response_file_cannot_smuggle_yes_into_site_delete()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var file = Path.Combine(cli.ConfigDir, "..", "f");
        await File.WriteAllTextAsync(file, $"{site.Name}\n--yes\n", TestContext.Current.CancellationToken);
        var relative = "@" + file;

        var refused = await cli.RunAsync("site", "delete", relative);
        var still = await cli.RunAsync("site", "view", site.Id);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.DoesNotContain("Response file", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, still.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Get("DELETE", "/api/v1/sites/{site_id}"));
    }

    [Fact]
    public async Task Deleting_a_site_named_like_a_response_file_still_needs_yes()
    {
        await using var cli = await CliHarness.StartAsync();
        var created = await cli.RunAsync("site", "create", "--name", "@f", "-o", "json");
        cli.Simulator.Counters.Reset();

        var refused = await cli.RunAsync("site", "delete", "@f");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True(refused.ExitCode == 3, refused.ToString());
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task A_name_starting_with_at_is_a_plain_value()
    {
        await using var cli = await CliHarness.StartAsync();

        var created = await cli.RunAsync("site", "create", "--name", "@home", "-o", "json");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal("@home", created.Json["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_starting_with_at_is_a_plain_value()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("api", "self", "--query", "@.email");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Response file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_configuration_has_no_response_file_reader()
    {
        Assert.Null(MistCli.ParserConfiguration.ResponseFileTokenReplacer);
    }
}

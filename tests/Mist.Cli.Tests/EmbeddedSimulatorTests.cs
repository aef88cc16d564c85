namespace Mist.Cli.Tests;

/// <summary>With no credential anywhere, commands run against the embedded simulator, whose state persists between runs.</summary>
public class EmbeddedSimulatorTests
{
    [Fact]
    public async Task Without_credentials_a_create_is_seen_by_a_list_in_a_later_run_until_sim_reset()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.Remove("MIST_HOST");
        cli.Environment.Remove("MIST_API_TOKEN");

        var created = await cli.RunAsync("site", "create", "--name", "Embedded HQ", "--timezone", "Europe/Oslo", "-o", "json");
        var listed = await cli.RunAsync("site", "list", "-o", "json");
        var reset = await cli.RunAsync("sim", "reset");
        var fresh = await cli.RunAsync("site", "list", "-o", "json");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("embedded Mist simulator", created.Stderr, StringComparison.Ordinal);
        Assert.Contains("no credential configured", created.Stderr, StringComparison.Ordinal);
        Assert.Contains(listed.Json.AsArray(), s => s!["name"]!.GetValue<string>() == "Embedded HQ");
        Assert.Contains("embedded Mist simulator", listed.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, reset.ExitCode);
        Assert.Contains(cli.StateDir, reset.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh.Json.AsArray(), s => s!["name"]!.GetValue<string>() == "Embedded HQ");
        Assert.Equal(5, fresh.Json.AsArray().Count);
        // The harness's own simulator was never called: the embedded one answered.
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Sim_flag_uses_the_embedded_simulator_even_with_a_token_configured()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("org", "list", "--sim", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--sim", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }
}

namespace Mist.Cli.Tests;

/// <summary>
/// A machine with no usable HOME, or a state directory that cannot be written: the CLI uses absolute paths or refuses
/// with the path and the variable that moves it, and commands that need no local state keep working.
/// </summary>
public class StateDirectoryTests
{
    [Fact]
    public async Task Without_a_home_directory_api_calls_with_a_token_work_and_the_embedded_simulator_is_refused_naming_MIST_STATE_DIR()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.Remove("MIST_CONFIG_DIR");
        cli.Environment.Remove("MIST_STATE_DIR");
        cli.Environment["HOME"] = "relative/home";

        var withToken = await cli.RunAsync("site", "list", "-o", "json");
        cli.Environment.Remove("MIST_HOST");
        cli.Environment.Remove("MIST_API_TOKEN");
        var embedded = await cli.RunAsync("site", "list", "-o", "json");
        var login = await cli.RunAsync(["auth", "login", "--token-stdin", "--host", cli.Simulator.BaseAddress.ToString()], setup: c => c.Stdin = cli.Simulator.Tokens.Admin + "\n");

        Assert.Equal(0, withToken.ExitCode);
        Assert.Equal(1, embedded.ExitCode);
        Assert.Contains("MIST_STATE_DIR", embedded.Stderr, StringComparison.Ordinal);
        Assert.Contains("HOME", embedded.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, login.ExitCode);
        Assert.Contains("MIST_CONFIG_DIR", login.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "relative")), "nothing is written under the current directory");
    }

    [Fact]
    public async Task A_home_that_does_not_exist_gives_absolute_paths_under_it_not_the_current_directory()
    {
        await using var cli = await CliHarness.StartAsync();
        var home = Path.Combine(Path.GetTempPath(), "mist-cli-tests", Guid.NewGuid().ToString("N"), "no-such-home");
        cli.Environment.Remove("MIST_STATE_DIR");
        cli.Environment.Remove("MIST_HOST");
        cli.Environment.Remove("MIST_API_TOKEN");
        cli.Environment["HOME"] = home;

        var result = await cli.RunAsync("site", "list", "-o", "json");

        var state = Path.Combine(home, ".local", "state", "mist", "simulator.db");
        Assert.True(result.ExitCode == 0 ? File.Exists(state) : result.Stderr.Contains(state, StringComparison.Ordinal), result.ToString());
        Assert.Contains(state, result.Stderr, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(home)!, recursive: true);
    }

    [Fact]
    public async Task A_state_directory_that_cannot_be_created_names_the_path_and_MIST_STATE_DIR()
    {
        await using var cli = await CliHarness.StartAsync();
        // A regular file where a directory should be: creating under it fails even for root, like a read-only disk.
        var blocker = Path.Combine(cli.ConfigDir + "-file");
        await File.WriteAllTextAsync(blocker, "not a directory", TestContext.Current.CancellationToken);
        cli.Environment["MIST_STATE_DIR"] = Path.Combine(blocker, "state");
        cli.Environment.Remove("MIST_HOST");
        cli.Environment.Remove("MIST_API_TOKEN");

        var result = await cli.RunAsync("site", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Cannot write the embedded simulator's state at {Path.Combine(blocker, "state", "simulator.db")}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Set MIST_STATE_DIR to a writable directory", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unexpected error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_file_sqlite_cannot_open_names_the_path_and_MIST_STATE_DIR_instead_of_sqlite_error_14()
    {
        await using var cli = await CliHarness.StartAsync();
        // A directory where the database file should be: SQLite answers "Error 14: unable to open database file".
        Directory.CreateDirectory(Path.Combine(cli.StateDir, "simulator.db"));
        cli.Environment.Remove("MIST_HOST");
        cli.Environment.Remove("MIST_API_TOKEN");

        var result = await cli.RunAsync("site", "list");
        var version = await cli.RunAsync("--version");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(cli.StateDir, "simulator.db"), result.Stderr, StringComparison.Ordinal);
        Assert.Contains("MIST_STATE_DIR", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unexpected error", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, version.ExitCode);
    }
}

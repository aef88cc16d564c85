namespace Mist.Cli.Tests;

public class AuthCommandTests
{
    private const string SelfRoute = "/api/v1/self";

    [Fact]
    public async Task Login_with_token_stdin_checks_the_token_then_saves_it_in_a_0600_profile_file()
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;
        cli.Environment.Remove("MIST_API_TOKEN");

        var result = await cli.RunAsync(["auth", "login", "--token-stdin", "-o", "json"], setup: c => c.Stdin = token + "\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Logged in to", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Saved to profile 'default'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Equal("default", result.Json["profile"]!.GetValue<string>());
        Assert.Equal(cli.Seed.PrimaryOrgId, Assert.Single(result.Json["orgs"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.True(cli.Simulator.Counters.Get("GET", SelfRoute) >= 1);
        var file = Path.Combine(cli.ConfigDir, "config.json");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var saved = File.ReadAllText(file);
        Assert.Contains($"\"token\": \"{token}\"", saved, StringComparison.Ordinal);
        Assert.Contains(cli.Simulator.BaseAddress.ToString(), saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_on_a_terminal_prompts_for_the_token_and_the_next_command_uses_the_profile()
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;
        cli.Environment.Remove("MIST_API_TOKEN");
        TestConsole? console = null;

        var login = await cli.RunAsync(["auth", "login"], tty: true, c => { console = c; c.Type(token); });
        var status = await cli.RunAsync("auth", "status", "-o", "json");

        Assert.Equal(0, login.ExitCode);
        Assert.Contains(console!.Prompts, p => p.Contains("API token", StringComparison.Ordinal));
        Assert.DoesNotContain(token, login.Stdout + login.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("profile 'default'", status.Json["credential_source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(status.Json["simulator"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Login_with_a_rejected_token_exits_4_and_saves_nothing()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(["auth", "login", "--token-stdin"], setup: c => c.Stdin = "0123456789abcdef-not-a-token");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("rejected the token", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef-not-a-token", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.ConfigDir, "config.json")));
        Assert.Equal(1, cli.Simulator.Counters.Get("GET", SelfRoute));
    }

    [Fact]
    public async Task Login_without_a_terminal_or_token_stdin_asks_nothing_and_sends_nothing()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("auth", "login");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--token-stdin", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Status_shows_host_source_identity_orgs_usage_and_budget_but_never_the_token()
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;

        var json = await cli.RunAsync("auth", "status", "-o", "json");
        var table = await cli.RunAsync(["auth", "status"], tty: true);

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(cli.Simulator.BaseAddress.ToString(), json.Json["host"]!.GetValue<string>());
        Assert.Equal("environment (MIST_API_TOKEN)", json.Json["credential_source"]!.GetValue<string>());
        Assert.NotNull(json.Json["user"]!["email"]);
        Assert.Equal(cli.Seed.PrimaryOrgId, Assert.Single(json.Json["orgs"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.True(json.Json["usage"]!["requests"]!.GetValue<int>() >= 1);
        Assert.Equal(5000, json.Json["usage"]!["request_limit"]!.GetValue<int>());
        var budget = Assert.Single(json.Json["client_budget"]!.AsArray())!;
        Assert.True(budget["remaining"]!.GetValue<int>() < 5000);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("API usage:", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("calls left in this process", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(token, json.Stdout + json.Stderr + table.Stdout + table.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_with_no_credential_says_it_uses_the_embedded_simulator()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.Remove("MIST_API_TOKEN");
        cli.Environment.Remove("MIST_HOST");

        var result = await cli.RunAsync("auth", "status", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Json["simulator"]!.GetValue<bool>());
        Assert.Equal("no credential configured", result.Json["credential_source"]!.GetValue<string>());
        Assert.Contains("embedded Mist simulator", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Logout_removes_the_token_keeps_the_host_and_says_so()
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;
        cli.Environment.Remove("MIST_API_TOKEN");
        await cli.RunAsync(["auth", "login", "--token-stdin"], setup: c => c.Stdin = token);

        var logout = await cli.RunAsync("auth", "logout");
        var again = await cli.RunAsync("auth", "logout");
        var status = await cli.RunAsync("auth", "status");

        Assert.Equal(0, logout.ExitCode);
        Assert.Contains("Removed the token of profile 'default'", logout.Stderr, StringComparison.Ordinal);
        var saved = File.ReadAllText(Path.Combine(cli.ConfigDir, "config.json"));
        Assert.DoesNotContain(token, saved, StringComparison.Ordinal);
        Assert.Contains(cli.Simulator.BaseAddress.ToString(), saved, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing was removed", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, status.ExitCode);
        Assert.Contains("No API token", status.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_file_others_can_read_is_refused_with_the_chmod_hint()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var cli = await CliHarness.StartAsync();
        cli.Environment.Remove("MIST_API_TOKEN");
        Directory.CreateDirectory(cli.ConfigDir);
        var file = Path.Combine(cli.ConfigDir, "config.json");
        File.WriteAllText(file, "{\"profiles\": {\"default\": {\"token\": \"" + cli.Simulator.Tokens.Admin + "\"}}}");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var status = await cli.RunAsync("auth", "status");
        var login = await cli.RunAsync(["auth", "login", "--token-stdin"], setup: c => c.Stdin = cli.Simulator.Tokens.Admin);
        var list = await cli.RunAsync("site", "list");

        foreach (var result in new[] { status, login, list })
        {
            Assert.Equal(4, result.ExitCode);
            Assert.Contains("other users can read it", result.Stderr, StringComparison.Ordinal);
            Assert.Contains($"chmod 600 '{file}'", result.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task A_token_on_the_command_line_is_refused_without_being_repeated()
    {
        await using var cli = await CliHarness.StartAsync();

        var flag = await cli.RunAsync("auth", "login", "--token", "s3cr3t-token-value");
        var positional = await cli.RunAsync("auth", "login", "s3cr3t-token-value");

        foreach (var result in new[] { flag, positional })
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no token on the command line", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cr3t-token-value", result.Stdout + result.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Theory]
    [InlineData("auth", "status")]
    [InlineData("site", "list", "-o", "json")]
    [InlineData("org", "view")]
    [InlineData("api", "self", "-i")]
    [InlineData("api", "orgs/{org}/sites", "-f", "limit=1", "--paginate")]
    [InlineData("site", "create", "--name", "Verbose", "--dry-run")]
    public async Task Verbose_traces_requests_but_never_prints_the_token(params string[] args)
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;
        string[] run = [.. args.Select(a => a.Replace("{org}", cli.Seed.PrimaryOrgId, StringComparison.Ordinal)), "--verbose"];

        var result = await cli.RunAsync(run);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[mist]", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_login_never_prints_the_token()
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;

        var result = await cli.RunAsync(["auth", "login", "--token-stdin", "--verbose"], setup: c => c.Stdin = token);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[mist]", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Token {0}\n")]
    [InlineData("token {0}")]
    [InlineData("Authorization: Token {0}\n")]
    public async Task Login_takes_a_token_pasted_with_its_token_prefix_and_says_it_dropped_it(string pasted)
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;
        cli.Environment.Remove("MIST_API_TOKEN");

        var result = await cli.RunAsync(["auth", "login", "--token-stdin"], setup: c => c.Stdin = string.Format(System.Globalization.CultureInfo.InvariantCulture, pasted, token));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Note: dropped the \"", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"\"token\": \"{token}\"", File.ReadAllText(Path.Combine(cli.ConfigDir, "config.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_org_name_matches_exactly_else_ignoring_case_when_unique()
    {
        await using var cli = await CliHarness.StartAsync();
        var name = cli.Seed.Orgs[0].Name;

        var exact = await cli.RunAsync("org", "view", "--org", name, "-o", "json");
        var lower = await cli.RunAsync("org", "view", "--org", name.ToLowerInvariant(), "-o", "json");
        var missing = await cli.RunAsync("org", "view", "--org", name + "x");

        Assert.Equal(0, exact.ExitCode);
        Assert.Equal(exact.Stdout, lower.Stdout);
        Assert.Equal(5, missing.ExitCode);
        Assert.Contains(name, missing.Stderr, StringComparison.Ordinal);
    }
}

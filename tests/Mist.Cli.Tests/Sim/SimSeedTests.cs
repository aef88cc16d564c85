using System.Text.Json.Nodes;

namespace Mist.Cli.Tests;

/// <summary><c>mist sim seed</c>: the embedded simulator's practice data, read from its state, never from a Mist cloud.</summary>
public class SimSeedTests
{
    [Fact]
    public async Task Without_a_credential_it_prints_orgs_fake_tokens_claimable_codes_and_devices_per_site_from_the_current_state()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.Remove("MIST_HOST");
        cli.Environment.Remove("MIST_API_TOKEN");

        var before = await cli.RunAsync("sim", "seed", "-o", "json");
        var code = before.Json["claim_codes"]![0]!["code"]!.GetValue<string>();
        var site = before.Json["sites"]!.AsArray().First(s => s!["org_name"]!.GetValue<string>() == "Contoso")!;
        var mac = site["devices"]![0]!["mac"]!.GetValue<string>();
        var claimed = await cli.RunAsync("inventory", "claim", code, "-o", "json");
        var renamed = await cli.RunAsync("device", "update", mac, "--name", "practice-ap", "-o", "json");
        var after = await cli.RunAsync("sim", "seed", "-o", "json");

        Assert.Equal(0, before.ExitCode);
        Assert.Contains("fake", before.Stderr, StringComparison.Ordinal);
        Assert.Equal("embedded", before.Json["simulator"]!.GetValue<string>());
        var contoso = Assert.Single(before.Json["orgs"]!.AsArray(), o => o!["name"]!.GetValue<string>() == "Contoso")!;
        Assert.True(contoso["default"]!.GetValue<bool>());
        Assert.Equal(5, contoso["num_sites"]!.GetValue<int>());
        Assert.Equal(
            ["admin", "write", "read-only", "other-org", "msp", "site"],
            before.Json["tokens"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.All(before.Json["tokens"]!.AsArray(), t => Assert.False(string.IsNullOrEmpty(t!["token"]!.GetValue<string>())));
        Assert.Equal(10, before.Json["claim_codes"]!.AsArray().Count);
        Assert.Equal(8, site["devices"]!.AsArray().Count);
        Assert.All(site["devices"]!.AsArray(), d => Assert.Matches("^[0-9a-f]{12}$", d!["mac"]!.GetValue<string>()));
        Assert.NotEmpty(before.Json["unassigned"]!.AsArray());

        Assert.Equal(0, claimed.ExitCode);
        Assert.Equal(0, renamed.ExitCode);
        Assert.DoesNotContain(after.Json["claim_codes"]!.AsArray(), c => c!["code"]!.GetValue<string>() == code);
        Assert.Equal(9, after.Json["claim_codes"]!.AsArray().Count);
        Assert.Contains(after.Json["unassigned"]!.AsArray(), d => d!["claim_code"]!.GetValue<string>() == code);
        var renamedRow = after.Json["sites"]!.AsArray().SelectMany(s => s!["devices"]!.AsArray()).Single(d => d!["mac"]!.GetValue<string>() == mac)!;
        Assert.Equal("practice-ap", renamedRow["name"]!.GetValue<string>());
        // The tokens are the embedded simulator's, the same on every run of one state file.
        Assert.Equal(before.Json["tokens"]!.ToJsonString(), after.Json["tokens"]!.ToJsonString());
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task With_a_real_credential_it_refuses_with_exit_2_and_sends_nothing_unless_sim_is_given()
    {
        await using var cli = await CliHarness.StartAsync();

        var refused = await cli.RunAsync("sim", "seed", "-o", "json");
        var withSim = await cli.RunAsync("sim", "seed", "--sim", "-o", "json");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(string.Empty, refused.Stdout);
        Assert.Contains("--sim", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("environment (MIST_API_TOKEN)", refused.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Simulator.Tokens.Admin, refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, withSim.ExitCode);
        Assert.Equal(Path.Combine(cli.StateDir, "simulator.db"), withSim.Json["state"]!.GetValue<string>());
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task On_a_terminal_it_prints_one_table_per_section()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.Remove("MIST_HOST");
        cli.Environment.Remove("MIST_API_TOKEN");

        var json = await cli.RunAsync("sim", "seed", "-o", "json");
        var table = await cli.RunAsync(["sim", "seed"], tty: true);

        Assert.Equal(0, table.ExitCode);
        var lines = table.Stdout.Split('\n');
        foreach (var title in new[] { "Orgs:", "Tokens (fake, simulator only):", "Claim codes still claimable:", "In the inventory, on no site:" })
        {
            Assert.Contains(title, lines);
        }

        Assert.Contains(lines, l => l.StartsWith("Site Paris 001 (Contoso, ", StringComparison.Ordinal));
        var first = json.Json["claim_codes"]![0]!.AsObject();
        Assert.Contains(lines, l => l.Contains(first["code"]!.GetValue<string>(), StringComparison.Ordinal) && l.Contains(first["mac"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("admin", StringComparison.Ordinal) && l.Contains(json.Json["tokens"]![0]!["token"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_state_file_given_with_state_is_read_even_with_a_credential()
    {
        await using var cli = await CliHarness.StartAsync();
        var state = Path.Combine(cli.StateDir, "practice.db");

        var result = await cli.RunAsync("sim", "seed", "--state", state, "-o", "json", "--fields", "state,orgs");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(state, result.Json["state"]!.GetValue<string>());
        Assert.Contains(result.Json["orgs"]!.AsArray(), o => o!["name"]!.GetValue<string>() == "Contoso");
        Assert.True(File.Exists(state));
        Assert.Equal(0, cli.Simulator.Counters.Total);
        Assert.IsType<JsonObject>(result.Json);
    }
}

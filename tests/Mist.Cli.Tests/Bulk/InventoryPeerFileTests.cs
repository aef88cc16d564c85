namespace Mist.Cli.Tests.Bulk;

/// <summary>Inventory files as other tools write them: a '#' header, a site per row, serials, and honest re-runs.</summary>
public class InventoryPeerFileTests
{
    private const string InventoryRoute = "/api/v1/orgs/{org_id}/inventory";

    [Fact]
    public async Task One_file_assigns_to_many_sites_by_mac_or_serial_and_a_re_run_sends_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var loose = cli.Seed.Devices.Where(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is null).Take(3).ToList();
        var (a, b) = (cli.Seed.Sites[0], cli.Seed.Sites[1]);
        var file = BulkCli.WriteFile(
            $"#mac,serial,site_name\n{loose[0].Mac},,\"{a.Name}\"\n,{loose[1].Serial},\"{b.Name}\"\n{loose[2].Mac.ToUpperInvariant()},{loose[2].Serial}, \"{a.Name}\"\n");
        cli.Simulator.Counters.Reset();

        var first = await cli.RunAsync("inventory", "assign", "--file", file, "-o", "json");
        var puts = cli.Simulator.Counters.Get("PUT", InventoryRoute);
        cli.Simulator.Counters.Reset();
        var again = await cli.RunAsync("inventory", "assign", "--file", file, "-o", "json");
        var againWrites = cli.Simulator.Counters.Writes;
        var onB = await cli.RunAsync("inventory", "list", "--site", b.Id, "-o", "json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(["assigned", "assigned", "assigned"], first.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal([a.Name, b.Name, a.Name], first.Json.AsArray().Select(r => r!["site_name"]!.GetValue<string>()));
        Assert.Equal(2, puts);
        Assert.Contains(onB.Json.AsArray(), d => d!["mac"]!.GetValue<string>() == loose[1].Mac);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.All(again.Json.AsArray(), r => Assert.Equal("unchanged", r!["result"]!.GetValue<string>()));
        Assert.Equal([a.Name, b.Name, a.Name], again.Json.AsArray().Select(r => r!["from_site"]!.GetValue<string>()));
        Assert.Equal(0, againWrites);
    }

    [Fact]
    public async Task A_mac_and_a_serial_naming_different_devices_or_an_unknown_site_is_exit_2_with_nothing_sent()
    {
        await using var cli = await CliHarness.StartAsync();
        var loose = cli.Seed.Devices.Where(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is null).Take(2).ToList();
        var file = BulkCli.WriteFile($"mac,serial,site_name\n{loose[0].Mac},{loose[1].Serial},\"{cli.Seed.Sites[0].Name}\"\n{loose[1].Mac},,Nowhere Site\n");

        var result = await cli.RunAsync("inventory", "assign", "--file", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: columns mac and serial name different devices", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 3: column site_name: no site named 'Nowhere Site'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task A_no_reassign_plan_names_the_current_site_and_exits_6_like_the_run()
    {
        await using var cli = await CliHarness.StartAsync();
        var placed = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null);
        var loose = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is null);
        var from = cli.Seed.Sites.First(s => s.Id == placed.SiteId);
        var to = cli.Seed.Sites.First(s => s.OrgId == cli.Seed.PrimaryOrgId && s.Id != placed.SiteId);
        var file = BulkCli.WriteFile($"{placed.Serial}\n{loose.Mac}\n", ".txt");

        var plan = await cli.RunAsync("inventory", "assign", "--file", file, "--site", to.Name, "--no-reassign", "--dry-run", "-o", "json");
        var run = await cli.RunAsync("inventory", "assign", "--file", file, "--site", to.Name, "--no-reassign", "-o", "json");

        Assert.True(plan.ExitCode == 6, plan.ToString());
        Assert.Equal(["failed", "planned"], plan.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal(from.Name, plan.Json[0]!["from_site"]!.GetValue<string>());
        Assert.Contains($"On site {from.Name}; not moved", plan.Json[0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(from.Id, plan.Json[0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(6, run.ExitCode);
        Assert.Equal(["failed", "assigned"], run.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unassign_and_assign_of_devices_already_in_that_state_send_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var placed = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null);
        var site = cli.Seed.Sites.First(s => s.Id == placed.SiteId);
        var file = BulkCli.WriteFile($"mac\n{placed.Mac}\n");
        cli.Simulator.Counters.Reset();

        var assignAgain = await cli.RunAsync("inventory", "assign", placed.Mac, "--site", site.Name, "-o", "json");
        var assignWrites = cli.Simulator.Counters.Writes;
        var unassign = await cli.RunAsync("inventory", "unassign", "--file", file, "--yes", "-o", "json");
        cli.Simulator.Counters.Reset();
        var unassignAgain = await cli.RunAsync("inventory", "unassign", "--file", file, "--yes", "-o", "json");
        var unassignAgainWrites = cli.Simulator.Counters.Writes;

        Assert.True(assignAgain.ExitCode == 0, assignAgain.ToString());
        Assert.Equal("unchanged", assignAgain.Json[0]!["result"]!.GetValue<string>());
        Assert.Equal(0, assignWrites);
        Assert.Equal("unassigned", unassign.Json[0]!["result"]!.GetValue<string>());
        Assert.True(unassignAgain.ExitCode == 0, unassignAgain.ToString());
        Assert.Equal("unchanged", unassignAgain.Json[0]!["result"]!.GetValue<string>());
        Assert.Equal(0, unassignAgainWrites);
    }

    [Fact]
    public async Task A_claim_file_with_a_claim_code_header_claims_each_code_onto_its_own_site_and_never_sends_the_header()
    {
        await using var cli = await CliHarness.StartAsync();
        var (one, two) = (cli.Seed.UnclaimedCodes[0], cli.Seed.UnclaimedCodes[1]);
        var (a, b) = (cli.Seed.Sites[0], cli.Seed.Sites[1]);
        var withSites = BulkCli.WriteFile($"claim_code,site_name\n{one},\"{a.Name}\"\n{two},\"{b.Name}\"\n");
        var bare = BulkCli.WriteFile($"claim_code\n{one}\n", ".txt");

        var claimed = await cli.RunAsync("inventory", "claim", "--file", withSites, "-o", "json");
        var again = await cli.RunAsync("inventory", "claim", "--file", bare, "-o", "json");
        var onB = await cli.RunAsync("inventory", "list", "--site", b.Id, "-o", "json");

        Assert.True(claimed.ExitCode == 0, claimed.ToString());
        Assert.Equal([one, two], claimed.Json.AsArray().Select(r => r!["code"]!.GetValue<string>()));
        Assert.Equal([a.Id, b.Id], claimed.Json.AsArray().Select(r => r!["site_id"]!.GetValue<string>()));
        Assert.Contains(onB.Json.AsArray(), d => d!["mac"]!.GetValue<string>() == claimed.Json[1]!["mac"]!.GetValue<string>());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal([one], again.Json.AsArray().Select(r => r!["code"]!.GetValue<string>()));
    }
}

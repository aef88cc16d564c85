namespace Mist.Cli.Tests.Bulk;

public class InventoryFileTests
{
    private const string InventoryRoute = "/api/v1/orgs/{org_id}/inventory";

    [Fact]
    public async Task Claim_from_a_file_reports_each_code_in_batches_and_is_partial()
    {
        await using var cli = await CliHarness.StartAsync();
        var (fresh, another, already, foreign) = (cli.Seed.UnclaimedCodes[0], cli.Seed.UnclaimedCodes[1], cli.Seed.ClaimedCodes[0], cli.Seed.OtherOrgCodes[0]);
        var file = BulkCli.WriteFile($"# pallet 7\n{fresh}\n\n{already}\n{foreign}\nNOT-A-REAL-CODE\n  {another}  \n{fresh}\n", ".txt");
        var site = cli.Seed.Sites[0];

        var plan = await cli.RunAsync("inventory", "claim", "--file", file, "--batch-size", "2", "--dry-run", "-o", "json");
        var writesAfterPlan = cli.Simulator.Counters.Writes;
        var result = await cli.RunAsync("inventory", "claim", "--file", file, "--batch-size", "2", "--site", site.Name, "-o", "json");
        var posts = cli.Simulator.Counters.Get("POST", InventoryRoute);
        var onSite = await cli.RunAsync("inventory", "list", "--site", site.Id, "-o", "json");

        Assert.Equal(0, plan.ExitCode);
        Assert.Equal(0, writesAfterPlan);
        Assert.Equal(5, plan.Json.AsArray().Count);
        Assert.True(result.ExitCode == 6, result.ToString());
        var rows = result.Json.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => r!.AsObject());
        Assert.Equal(5, rows.Count);
        Assert.Equal("added", rows[fresh]["status"]!.GetValue<string>());
        Assert.Equal("added", rows[another]["status"]!.GetValue<string>());
        Assert.Equal("duplicated", rows[already]["status"]!.GetValue<string>());
        Assert.Equal("error", rows[foreign]["status"]!.GetValue<string>());
        Assert.Contains("another org", rows[foreign]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("invalid claim code", rows["NOT-A-REAL-CODE"]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("assigned", rows[fresh]["assignment"]!.GetValue<string>());
        Assert.Equal(3, posts);
        Assert.Contains(onSite.Json.AsArray(), d => d!["mac"]!.GetValue<string>() == rows[another]["mac"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assign_from_a_file_uses_one_listing_and_one_request_per_hundred_macs()
    {
        await using var cli = await CliHarness.StartAsync();
        var loose = cli.Seed.Devices.Where(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is null).ToList();
        var site = cli.Seed.Sites[1];
        var colon = string.Join(':', Enumerable.Range(0, 6).Select(i => loose[0].Mac.Substring(i * 2, 2)));
        var file = BulkCli.WriteFile($"{colon}\n{loose[1].Mac.ToUpperInvariant()}\n# spare\naabbccddeeff\n", ".txt");

        var result = await cli.RunAsync("inventory", "assign", "--file", file, "--site", site.Name, "-o", "json");
        var puts = cli.Simulator.Counters.Get("PUT", InventoryRoute);
        var listings = cli.Simulator.Counters.Get("GET", InventoryRoute);

        Assert.True(result.ExitCode == 6, result.ToString());
        Assert.Equal(["assigned", "assigned", "failed"], result.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal([1, 2, 4], result.Json.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(1, puts);
        Assert.Equal(1, listings);
    }

    [Fact]
    public async Task Release_from_a_file_needs_confirmation_and_a_bad_mac_is_exit_2()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null);
        var file = BulkCli.WriteFile(device.Mac + "\n", ".txt");

        var refused = await cli.RunAsync("inventory", "release", "--file", file);
        var bad = await cli.RunAsync("inventory", "unassign", "--file", BulkCli.WriteFile("zz:zz\n", ".txt"), "--yes");
        var both = await cli.RunAsync("inventory", "unassign", device.Mac, "--file", file, "--yes");
        var writes = cli.Simulator.Counters.Writes;
        var released = await cli.RunAsync("inventory", "release", "--file", file, "--yes", "-o", "json");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("line 1: 'zz:zz' is not a MAC address", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.Equal(0, writes);
        Assert.True(released.ExitCode == 0, released.ToString());
        Assert.Equal("released", released.Json[0]!["result"]!.GetValue<string>());
    }
}

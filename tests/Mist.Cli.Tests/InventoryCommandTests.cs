using Mist.Simulator;

namespace Mist.Cli.Tests;

public class InventoryCommandTests
{
    private const string InventoryRoute = "/api/v1/orgs/{org_id}/inventory";

    [Fact]
    public async Task List_shows_every_claimed_device_and_filters_by_site_unassigned_type_and_model()
    {
        await using var cli = await CliHarness.StartAsync();
        var devices = PrimaryDevices(cli);
        var site = cli.Seed.Sites[1];
        var sample = devices[0];

        var all = await cli.RunAsync("inventory", "list", "-o", "json");
        var unassigned = await cli.RunAsync("inventory", "list", "--unassigned", "-o", "json");
        var onSite = await cli.RunAsync("inventory", "list", "--site", site.Name, "-o", "json");
        var switches = await cli.RunAsync("inventory", "list", "--type", "switch", "-o", "json");
        var byModel = await cli.RunAsync("inventory", "list", "--model", sample.Model, "-o", "json");

        Assert.Equal(0, all.ExitCode);
        Assert.Equal(devices.Select(d => d.Mac).Order(), Macs(all));
        Assert.Equal(devices.Where(d => d.SiteId is null).Select(d => d.Mac).Order(), Macs(unassigned));
        Assert.All(unassigned.Json.AsArray(), r => Assert.Null(r!["site_name"]));
        Assert.Equal(devices.Where(d => d.SiteId == site.Id).Select(d => d.Mac).Order(), Macs(onSite));
        Assert.All(onSite.Json.AsArray(), r => Assert.Equal(site.Name, r!["site_name"]!.GetValue<string>()));
        Assert.Equal(devices.Where(d => d.Type == "switch").Select(d => d.Mac).Order(), Macs(switches));
        Assert.Equal(devices.Where(d => d.Model == sample.Model).Select(d => d.Mac).Order(), Macs(byModel));
    }

    [Fact]
    public async Task List_as_a_table_puts_the_mac_first_and_unassigned_with_site_is_exit_2()
    {
        await using var cli = await CliHarness.StartAsync();

        var tty = await cli.RunAsync(["inventory", "list", "--unassigned", "--no-color"], tty: true);
        cli.Simulator.Counters.Reset();
        var both = await cli.RunAsync("inventory", "list", "--unassigned", "--site", cli.Seed.Sites[0].Name);

        Assert.StartsWith("MAC ", tty.Stdout, StringComparison.Ordinal);
        Assert.Contains("SITE_NAME", tty.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Claim_reports_each_code_and_is_partial_when_some_fail()
    {
        await using var cli = await CliHarness.StartAsync();
        var fresh = cli.Seed.UnclaimedCodes[0];
        var already = cli.Seed.ClaimedCodes[0];
        var foreign = cli.Seed.OtherOrgCodes[0];

        var result = await cli.RunAsync("inventory", "claim", fresh, $" {already} ", foreign, "NOT-A-REAL-CODE", "-o", "json");
        var listed = await cli.RunAsync("inventory", "list", "--unassigned", "-o", "json");

        Assert.Equal(6, result.ExitCode);
        var rows = result.Json.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => r!.AsObject());
        Assert.Equal("added", rows[fresh]["status"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{12}$", rows[fresh]["mac"]!.GetValue<string>());
        Assert.NotNull(rows[fresh]["serial"]);
        Assert.Equal("duplicated", rows[already]["status"]!.GetValue<string>());
        Assert.Equal("error", rows[foreign]["status"]!.GetValue<string>());
        Assert.Contains("another org", rows[foreign]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("error", rows["NOT-A-REAL-CODE"]["status"]!.GetValue<string>());
        Assert.Contains("invalid claim code", rows["NOT-A-REAL-CODE"]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("2 of 4 code(s) failed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(listed.Json.AsArray(), r => r!["mac"]!.GetValue<string>() == rows[fresh]["mac"]!.GetValue<string>());
    }

    [Fact]
    public async Task Claim_is_exit_1_when_every_code_fails_exit_0_when_all_are_fine_and_exit_2_for_an_empty_code()
    {
        await using var cli = await CliHarness.StartAsync();

        var allBad = await cli.RunAsync("inventory", "claim", "NOPE1", cli.Seed.OtherOrgCodes[0]);
        var allGood = await cli.RunAsync(["inventory", "claim", cli.Seed.UnclaimedCodes[0], cli.Seed.ClaimedCodes[0], "--no-color"], tty: true);
        cli.Simulator.Counters.Reset();
        var empty = await cli.RunAsync("inventory", "claim", cli.Seed.UnclaimedCodes[1], "  ");

        Assert.Equal(1, allBad.ExitCode);
        Assert.Equal(2, allBad.Stdout.TrimEnd().Split('\n').Length);
        Assert.Equal(0, allGood.ExitCode);
        Assert.StartsWith("CODE", allGood.Stdout, StringComparison.Ordinal);
        Assert.Contains("Claimed 2 code(s)", allGood.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, empty.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Claim_with_a_site_assigns_the_claimed_devices()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[2];
        // A code already claimed whose device is on no site or on this one: it is assigned (another site's is skipped).
        var already = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && (d.SiteId is null || d.SiteId == site.Id)).ClaimCode;
        var codes = cli.Seed.UnclaimedCodes.Take(2).Append(already).Append("BAD-CODE").ToArray();

        var result = await cli.RunAsync(["inventory", "claim", .. codes, "--site", site.Name, "-o", "json"]);
        var onSite = await cli.RunAsync("inventory", "list", "--site", site.Id, "-o", "json");
        var badSite = await cli.RunAsync("inventory", "claim", cli.Seed.UnclaimedCodes[3], "--site", "No Such Site");

        Assert.Equal(6, result.ExitCode);
        var rows = result.Json.AsArray().Select(r => r!.AsObject()).ToList();
        var claimed = rows.Where(r => r["status"]!.GetValue<string>() != "error").ToList();
        Assert.Equal(3, claimed.Count);
        Assert.All(claimed, r => Assert.Equal("assigned", r["assignment"]!.GetValue<string>()));
        Assert.All(claimed, r => Assert.Contains(r["mac"]!.GetValue<string>(), Macs(onSite)));
        Assert.Null(rows.Single(r => r["status"]!.GetValue<string>() == "error")["assignment"]);
        Assert.Equal(1, cli.Simulator.Counters.Get("PUT", InventoryRoute));
        Assert.Equal(5, badSite.ExitCode);
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", InventoryRoute));
    }

    [Fact]
    public async Task Claim_with_a_site_does_not_move_a_device_already_on_another_site_unless_reassign()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites.First(s => s.OrgId == cli.Seed.PrimaryOrgId);
        var elsewhere = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null && d.SiteId != site.Id);
        var otherSite = cli.Seed.Sites.Single(s => s.Id == elsewhere.SiteId);

        var dryRun = await cli.RunAsync("inventory", "claim", elsewhere.ClaimCode, "--site", site.Name, "--dry-run");
        var kept = await cli.RunAsync("inventory", "claim", elsewhere.ClaimCode, "--site", site.Name, "-o", "json");
        var stillThere = await cli.RunAsync("inventory", "list", "--site", otherSite.Id, "-o", "json");
        var moved = await cli.RunAsync("inventory", "claim", elsewhere.ClaimCode, "--site", site.Name, "--reassign", "-o", "json");
        var nowHere = await cli.RunAsync("inventory", "list", "--site", site.Id, "-o", "json");

        Assert.Contains("will be skipped and reported, not moved", dryRun.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, kept.ExitCode);
        var row = Assert.Single(kept.Json.AsArray())!;
        Assert.Equal("skipped", row["assignment"]!.GetValue<string>());
        Assert.Equal(otherSite.Id, row["site_id"]!.GetValue<string>());
        Assert.Contains($"Already on site {otherSite.Name}", row["assignment_reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("1 already on another site, not moved", kept.Stderr, StringComparison.Ordinal);
        Assert.Contains(elsewhere.Mac, Macs(stillThere));
        Assert.Equal(0, moved.ExitCode);
        Assert.Equal("assigned", moved.Json[0]!["assignment"]!.GetValue<string>());
        Assert.Contains(elsewhere.Mac, Macs(nowHere));
    }

    [Fact]
    public async Task Assign_resolves_macs_in_any_notation_serials_and_names_then_reports_each_device()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var loose = PrimaryDevices(cli).Where(d => d.SiteId is null).ToList();
        var moved = PrimaryDevices(cli).First(d => d.SiteId is not null && d.SiteId != site.Id);
        var colon = string.Join(':', Enumerable.Range(0, 6).Select(i => loose[0].Mac.Substring(i * 2, 2).ToUpperInvariant()));

        var result = await cli.RunAsync("inventory", "assign", colon, loose[1].Serial, moved.Name, "--site", site.Name, "-o", "json");
        var onSite = await cli.RunAsync("inventory", "list", "--site", site.Id, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Json.AsArray();
        Assert.Equal([colon, loose[1].Serial, moved.Name], rows.Select(r => r!["device"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Equal("assigned", r!["result"]!.GetValue<string>()));
        Assert.Contains(loose[0].Mac, Macs(onSite));
        Assert.Contains(loose[1].Mac, Macs(onSite));
        Assert.Contains(moved.Mac, Macs(onSite));
    }

    [Fact]
    public async Task Assign_with_no_reassign_fails_for_devices_on_another_site_and_is_partial()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var loose = PrimaryDevices(cli).First(d => d.SiteId is null);
        var elsewhere = PrimaryDevices(cli).First(d => d.SiteId is not null && d.SiteId != site.Id);

        var result = await cli.RunAsync("inventory", "assign", loose.Mac, elsewhere.Mac, "--site", site.Id, "--no-reassign", "-o", "json");
        var still = await cli.RunAsync("device", "view", elsewhere.Mac, "-o", "json");

        Assert.Equal(6, result.ExitCode);
        var rows = result.Json.AsArray().ToDictionary(r => r!["mac"]!.GetValue<string>(), r => r!);
        Assert.Equal("assigned", rows[loose.Mac]["result"]!.GetValue<string>());
        Assert.Equal("failed", rows[elsewhere.Mac]["result"]!.GetValue<string>());
        // The refusal names the site the device stays on, as a person knows it, not its id.
        var stays = cli.Seed.Sites.First(s => s.Id == elsewhere.SiteId);
        Assert.Contains($"On site {stays.Name}; not moved", rows[elsewhere.Mac]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(stays.Id, rows[elsewhere.Mac]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(elsewhere.SiteId, still.Json["site_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("5c:5b:35:00:00")]
    [InlineData("zz:5b:35:00:00:18")]
    [InlineData("5c5b.3500.001")]
    public async Task Assign_with_a_malformed_mac_is_exit_2_and_sends_nothing(string bad)
    {
        await using var cli = await CliHarness.StartAsync();
        var good = PrimaryDevices(cli)[0].Mac;
        cli.Simulator.Counters.Reset();

        var result = await cli.RunAsync("inventory", "assign", good, bad, "--site", cli.Seed.Sites[0].Name);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{bad}' is not a MAC address", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Assign_needs_a_known_site_and_an_unknown_device_stops_it_before_any_write()
    {
        await using var cli = await CliHarness.StartAsync();
        var good = PrimaryDevices(cli).First(d => d.SiteId is null);
        cli.Simulator.Counters.Reset();

        var noSite = await cli.RunAsync("inventory", "assign", good.Mac);
        var total = cli.Simulator.Counters.Total;
        var unknownSite = await cli.RunAsync("inventory", "assign", good.Mac, "--site", "Atlantis");
        var inventoryReads = cli.Simulator.Counters.Get("GET", InventoryRoute);
        var unknown = await cli.RunAsync("inventory", "assign", good.Mac, "ghost-device", "--site", cli.Seed.Sites[0].Id);
        var still = await cli.RunAsync("inventory", "list", "--unassigned", "-o", "json");

        Assert.Equal(2, noSite.ExitCode);
        Assert.Contains("--site is required", noSite.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, total);
        Assert.Equal(5, unknownSite.ExitCode);
        Assert.Contains("No site named 'Atlantis'", unknownSite.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, inventoryReads);
        Assert.Equal(5, unknown.ExitCode);
        Assert.Contains("ghost-device", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
        Assert.Contains(good.Mac, Macs(still));
    }

    [Fact]
    public async Task Dry_run_of_assign_prints_the_request_and_sends_no_write()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var device = PrimaryDevices(cli).First(d => d.SiteId is null);

        var result = await cli.RunAsync("inventory", "assign", device.Serial, "--site", site.Name, "--dry-run", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("PUT", result.Json["method"]!.GetValue<string>());
        Assert.Equal($"/api/v1/orgs/{cli.Seed.PrimaryOrgId}/inventory", result.Json["path"]!.GetValue<string>());
        Assert.Equal($$"""{"op":"assign","macs":["{{device.Mac}}"],"site_id":"{{site.Id}}","no_reassign":false}""", result.Json["body"]!.ToJsonString());
        Assert.Contains("Dry run", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Theory]
    [InlineData("unassign")]
    [InlineData("release")]
    public async Task Unassign_and_release_need_yes_when_not_interactive_and_change_nothing(string verb)
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var refused = await cli.RunAsync("inventory", verb, device.Mac);
        var still = await cli.RunAsync("device", "view", device.Mac, "-o", "json");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(device.SiteId, still.Json["site_id"]!.GetValue<string>());
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task Unassign_on_a_terminal_asks_for_the_name_of_one_device_or_the_count_of_several()
    {
        await using var cli = await CliHarness.StartAsync();
        var onSites = PrimaryDevices(cli).Where(d => d.SiteId is not null).Take(3).ToList();

        var one = await cli.RunAsync(["inventory", "unassign", onSites[0].Mac], tty: true, c => c.Type(onSites[0].Name));
        var wrongCount = await cli.RunAsync(["inventory", "unassign", onSites[1].Serial, onSites[2].Name], tty: true, c => c.Type("3"));
        var several = await cli.RunAsync(["inventory", "unassign", onSites[1].Serial, onSites[2].Name], tty: true, c => c.Type("2"));
        var unassigned = await cli.RunAsync("inventory", "list", "--unassigned", "-o", "json");

        Assert.Equal(0, one.ExitCode);
        Assert.Contains($"Type '{onSites[0].Name}' to unassign device ", one.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, wrongCount.ExitCode);
        Assert.Contains("Type '2' to unassign 2 devices", wrongCount.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, several.ExitCode);
        Assert.Contains("Unassigned 2 devices", several.Stderr, StringComparison.Ordinal);
        Assert.Contains("UNASSIGNED", several.Stdout.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.All(onSites, d => Assert.Contains(d.Mac, Macs(unassigned)));
        Assert.Equal(2, cli.Simulator.Counters.Get("PUT", InventoryRoute));
    }

    [Fact]
    public async Task Release_with_yes_removes_the_device_and_its_code_can_be_claimed_again()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var released = await cli.RunAsync("inventory", "release", device.Serial, "--yes", "-o", "json");
        var gone = await cli.RunAsync("device", "view", device.Mac);
        var reclaimed = await cli.RunAsync("inventory", "claim", device.ClaimCode, "-o", "json");

        Assert.Equal(0, released.ExitCode);
        var row = Assert.Single(released.Json.AsArray())!;
        Assert.Equal("released", row["result"]!.GetValue<string>());
        Assert.Equal(device.Mac, row["mac"]!.GetValue<string>());
        Assert.Equal(5, gone.ExitCode);
        Assert.Equal(0, reclaimed.ExitCode);
        Assert.Equal("added", reclaimed.Json[0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verbose_inventory_writes_never_show_the_token()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var unassign = await cli.RunAsync("inventory", "unassign", device.Mac, "--yes", "--verbose");
        var claim = await cli.RunAsync("inventory", "claim", cli.Seed.UnclaimedCodes[0], "--verbose");

        Assert.Equal(0, unassign.ExitCode);
        Assert.Equal(0, claim.ExitCode);
        Assert.Contains("PUT", unassign.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Simulator.Tokens.Admin, unassign.Stderr + unassign.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Simulator.Tokens.Admin, claim.Stderr + claim.Stdout, StringComparison.Ordinal);
    }

    private static List<SeededDevice> PrimaryDevices(CliHarness cli) =>
        [.. cli.Seed.Devices.Where(d => d.OrgId == cli.Seed.PrimaryOrgId)];

    private static IEnumerable<string> Macs(CliResult result) =>
        result.Json.AsArray().Select(r => r!["mac"]!.GetValue<string>()).Order();
}

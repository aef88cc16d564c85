using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Mist.Cli.Tests;

/// <summary><c>mist firmware upgrade --all-sites</c> (the org's upgrade) and <c>--file</c>, against the embedded simulator.</summary>
public class FirmwareScopeTests
{
    private const string OrgUpgradeRoute = "/api/v1/orgs/{org_id}/devices/upgrade";
    private const string SiteUpgradeRoute = "/api/v1/sites/{site_id}/devices/upgrade";

    [Fact]
    public async Task All_sites_upgrades_every_outdated_device_once_in_one_org_upgrade_and_a_rerun_sends_nothing()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var cli = await CliHarness.StartAsync(time: time);
        var outdated = await OutdatedApsAsync(cli);
        var model = outdated[0]["model"]!.GetValue<string>();
        var version = outdated[0]["recommended"]!.GetValue<string>();
        var ofModel = outdated.Where(r => r["model"]!.GetValue<string>() == model).Select(r => r["mac"]!.GetValue<string>()).ToHashSet();

        var result = await RunDrivenAsync(cli, time, ["firmware", "upgrade", "--all-sites", "--model", model, "--version", version, "--yes", "-o", "json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Json.AsArray().Select(r => r!).ToList();
        Assert.Equal(rows.Count, rows.Select(r => r["mac"]!.GetValue<string>()).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(model, r["model"]!.GetValue<string>()));
        Assert.Equal(ofModel, rows.Where(r => r["result"]!.GetValue<string>() == "upgraded").Select(r => r["mac"]!.GetValue<string>()).ToHashSet());
        Assert.Subset(rows.Where(r => r["result"]!.GetValue<string>() == "upgraded").Select(r => r["mac"]!.GetValue<string>()).ToHashSet(), ofModel);
        Assert.All(rows, r => Assert.Contains(r["result"]!.GetValue<string>(), new[] { "upgraded", "skipped (already on the version)" }));
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", OrgUpgradeRoute));
        Assert.Equal(0, cli.Simulator.Counters.Get("POST", SiteUpgradeRoute));

        cli.Simulator.Counters.Reset();
        var again = await RunDrivenAsync(cli, time, ["firmware", "upgrade", "--all-sites", "--model", model, "--version", version, "--yes", "-o", "json"]);

        Assert.Equal(0, again.ExitCode);
        Assert.All(again.Json.AsArray(), r => Assert.Equal("skipped (already on the version)", r!["result"]!.GetValue<string>()));
        Assert.Equal(rows.Count, again.Json.AsArray().Count);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task A_site_upgrade_with_failures_reports_every_device_once_and_a_rerun_sends_only_the_failed_ones()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var cli = await CliHarness.StartAsync(
            o =>
            {
                o.Seeding.Orgs = 1;
                o.Seeding.SitesPerOrg = 1;
                o.Seeding.DevicesPerSite = 115;
                o.Faults = new Mist.Simulator.FaultOptions { UpgradeFailureRate = 0.1 };
            },
            time);
        var site = cli.Seed.Sites[0];
        var listed = await cli.RunAsync("device", "list", "--site", site.Id, "--type", "ap", "-o", "json");
        var aps = listed.Json.AsArray().Select(r => r!["mac"]!.GetValue<string>()).ToHashSet();
        cli.Simulator.Counters.Reset();
        Assert.True(aps.Count >= 90, $"{aps.Count} APs seeded");
        var version = "0.14.29633";
        string[] upgrade = ["firmware", "upgrade", "--site", site.Id, "--version", version, "--yes", "-o", "json"];

        var first = await RunDrivenAsync(cli, time, upgrade);

        Assert.True(first.ExitCode == 6, first.ToString());
        var rows = first.Json.AsArray().Select(r => r!).ToList();
        Assert.Equal(aps, rows.Select(r => r["mac"]!.GetValue<string>()).ToHashSet());
        Assert.Equal(aps.Count, rows.Count);
        var failed = rows.Where(r => r["result"]!.GetValue<string>().StartsWith("failed", StringComparison.Ordinal)).Select(r => r["mac"]!.GetValue<string>()).ToHashSet();
        Assert.InRange(failed.Count, 1, aps.Count / 4);
        Assert.All(rows.Where(r => !failed.Contains(r["mac"]!.GetValue<string>())), r => Assert.Contains(r["result"]!.GetValue<string>(), new[] { "upgraded", "skipped (already on the version)" }));

        var rerun = await cli.RunAsync("firmware", "upgrade", "--site", site.Id, "--version", version, "--dry-run", "-o", "json");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(failed, rerun.Json["body"]!["device_ids"]!.AsArray().Select(i => i!.GetValue<string>()[^12..]).ToHashSet());
    }

    [Fact]
    public async Task On_a_terminal_the_upgrade_draws_a_progress_bar_named_after_the_site_and_ends_with_the_rows()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var cli = await CliHarness.StartAsync(time: time);
        var outdated = (await OutdatedApsAsync(cli))[0];
        var site = cli.Seed.Sites.First(s => s.Id == outdated["site_id"]!.GetValue<string>());

        var result = await RunDrivenAsync(cli, time, ["firmware", "upgrade", outdated["mac"]!.GetValue<string>(), "--version", outdated["recommended"]!.GetValue<string>(), "--yes"], tty: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{site.Name} [####################] 1/1", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"on site {site.Name}.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("upgraded", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_sites_needs_the_org_name_when_not_interactive_and_sends_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var outdated = await OutdatedApsAsync(cli);

        var refused = await cli.RunAsync("firmware", "upgrade", "--all-sites", "--version", outdated[0]["recommended"]!.GetValue<string>());

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task A_file_of_macs_in_any_notation_and_serials_becomes_one_site_upgrade_request()
    {
        await using var cli = await CliHarness.StartAsync();
        var outdated = await OutdatedApsAsync(cli);
        var siteId = outdated[0]["site_id"]!.GetValue<string>();
        var version = outdated[0]["recommended"]!.GetValue<string>();
        var sameSite = outdated.Where(r => r["site_id"]!.GetValue<string>() == siteId && r["recommended"]!.GetValue<string>() == version).Take(2).ToList();
        var first = sameSite[0]["mac"]!.GetValue<string>();
        var file = Path.Combine(cli.StateDir, "aps.txt");
        Directory.CreateDirectory(cli.StateDir);
        var lines = new List<string> { "# APs to upgrade", string.Join('-', first.Chunk(2).Select(c => new string(c)).ToArray()).ToUpperInvariant() };
        lines.AddRange(sameSite.Skip(1).Select(r => r["mac"]!.GetValue<string>()));
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("firmware", "upgrade", "--file", file, "--version", version, "--dry-run", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"/api/v1/sites/{siteId}/devices/upgrade", result.Json["path"]!.GetValue<string>());
        var ids = result.Json["body"]!["device_ids"]!.AsArray().Select(i => i!.GetValue<string>()[^12..]).ToHashSet();
        Assert.Equal(sameSite.Select(r => r["mac"]!.GetValue<string>()).ToHashSet(), ids);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task A_site_that_refuses_the_version_fails_its_devices_and_the_other_sites_upgrade_is_still_reported()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        // Enough devices that some gateway is on another site than the AP.
        await using var cli = await CliHarness.StartAsync(o => o.Seeding.DevicesPerSite = 40, time);
        var outdated = await OutdatedApsAsync(cli);
        var ap = outdated[0];
        var gateways = await cli.RunAsync("device", "list", "--type", "gateway", "-o", "json");
        var gateway = gateways.Json.AsArray().Select(g => g!["mac"]!.GetValue<string>() + " " + g["site_id"]!.GetValue<string>())
            .First(g => !g.EndsWith(ap["site_id"]!.GetValue<string>(), StringComparison.Ordinal)).Split(' ')[0];
        var mac = ap["mac"]!.GetValue<string>();

        // The AP's version is no gateway's: the gateway's site answers 400, the AP's site upgrades.
        var result = await RunDrivenAsync(cli, time, ["firmware", "upgrade", mac, gateway, "--version", ap["recommended"]!.GetValue<string>(), "--yes", "-o", "json"]);

        Assert.True(result.ExitCode == 6, result.ToString());
        var rows = result.Json.AsArray().Select(r => r!).ToDictionary(r => r["mac"]!.GetValue<string>(), r => r["result"]!.GetValue<string>());
        Assert.Equal("upgraded", rows[mac]);
        Assert.StartsWith("failed: ", rows[gateway], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_named_twice_in_two_notations_is_upgraded_once()
    {
        await using var cli = await CliHarness.StartAsync();
        var ap = (await OutdatedApsAsync(cli))[0];
        var mac = ap["mac"]!.GetValue<string>();
        var colons = string.Join(':', mac.Chunk(2).Select(c => new string(c)));

        var result = await cli.RunAsync("firmware", "upgrade", mac, colons.ToUpperInvariant(), "--version", ap["recommended"]!.GetValue<string>(), "--dry-run", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.Json["body"]!["device_ids"]!.AsArray());
    }

    [Theory]
    [InlineData("--all-sites", "ap-1")]
    [InlineData("--all-sites", "--site", "HQ")]
    [InlineData("--file", "-", "--site", "HQ")]
    [InlineData("--all-sites", "--type", "all")]
    public async Task Two_scopes_at_once_exit_2_and_send_nothing(params string[] args)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(["firmware", "upgrade", .. args, "--version", "1.2.3", "--yes"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task A_file_line_that_is_no_device_exits_2_naming_the_line()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(cli.StateDir, "bad.txt");
        Directory.CreateDirectory(cli.StateDir);
        await File.WriteAllTextAsync(file, "5c5b35000001\nnot a device!\n", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("firmware", "upgrade", "--file", file, "--version", "1.2.3", "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task A_file_of_many_devices_costs_one_inventory_listing_and_one_stats_listing_per_site()
    {
        await using var cli = await CliHarness.StartAsync(o => o.Seeding.DevicesPerSite = 12);
        var devices = await cli.RunAsync("device", "list", "--type", "all", "-o", "json");
        var macs = devices.Json.AsArray().Select(d => d!["mac"]!.GetValue<string>()).ToList();
        var sites = devices.Json.AsArray().Select(d => d!["site_id"]!.GetValue<string>()).Distinct().Count();
        Assert.True(macs.Count >= Commands.Firmware.FirmwareNamedDevices.ListingThreshold && sites > 1, $"{macs.Count} devices on {sites} sites");
        var file = Path.Combine(cli.StateDir, "all.txt");
        Directory.CreateDirectory(cli.StateDir);
        await File.WriteAllLinesAsync(file, macs, TestContext.Current.CancellationToken);
        cli.Simulator.Counters.Reset();

        var result = await cli.RunAsync("firmware", "upgrade", "--file", file, "--version", "9.9.9", "--dry-run", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, cli.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/inventory"));
        Assert.Equal(sites, cli.Simulator.Counters.Get("GET", "/api/v1/sites/{site_id}/stats/devices"));
        Assert.True(cli.Simulator.Counters.Total <= sites + 4, string.Join(", ", cli.Simulator.Counters.Snapshot()));
        Assert.Equal(0, cli.Simulator.Counters.Writes);
        // The dry run shows every site's upgrade request, not only the first one's.
        var requests = result.Json.AsArray();
        Assert.Equal(sites, requests.Count);
        Assert.All(requests, r => Assert.Matches("^/api/v1/sites/[0-9a-f-]{36}/devices/upgrade$", r!["path"]!.GetValue<string>()));
        Assert.Equal(macs.Count, requests.Sum(r => r!["body"]!["device_ids"]!.AsArray().Count));
        var table = await cli.RunAsync("firmware", "upgrade", "--file", file, "--version", "9.9.9", "--dry-run");
        Assert.Equal(sites, table.Stdout.Split('\n').Count(l => l.StartsWith("POST /api/v1/sites/", StringComparison.Ordinal)));
        Assert.Contains($"The {sites} requests would be", table.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(Commands.Firmware.FirmwareNamedDevices.ListingThreshold + 5)]
    public async Task Every_device_that_is_not_in_the_org_is_named_and_nothing_is_sent(int count)
    {
        await using var cli = await CliHarness.StartAsync(o => o.Seeding.DevicesPerSite = 12);
        var devices = await cli.RunAsync("device", "list", "--type", "all", "-o", "json");
        var known = devices.Json.AsArray().Select(d => d!["mac"]!.GetValue<string>()).Take(count - 2);
        var file = Path.Combine(cli.StateDir, "some.txt");
        Directory.CreateDirectory(cli.StateDir);
        await File.WriteAllLinesAsync(file, [.. known, "5c5b35ffff01", "5c5b35ffff02"], TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("firmware", "upgrade", "--file", file, "--version", "9.9.9", "--yes");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("2 of the", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("5c5b35ffff01: not in the org", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("5c5b35ffff02: not in the org", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    private static async Task<List<JsonNode>> OutdatedApsAsync(CliHarness cli)
    {
        var outdated = await cli.RunAsync("firmware", "list", "--outdated", "-o", "json");
        Assert.Equal(0, outdated.ExitCode);
        cli.Simulator.Counters.Reset();
        var aps = outdated.Json.AsArray().Where(r => r!["site_id"] is not null && (string?)r["type"] == "ap").Select(r => r!).ToList();
        Assert.NotEmpty(aps);
        return aps;
    }

    // The upgrade's stages and the command's polls both run on the fake clock: move it while the command runs, and
    // only while none of its requests is being sent (a jump would fire that request's timeouts).
    private static async Task<CliResult> RunDrivenAsync(CliHarness cli, FakeTimeProvider time, string[] args, bool tty = false)
    {
        using var active = new ActiveRequests(cli.Simulator.BaseAddress.Port);
        var run = cli.RunAsync(args, tty);
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (!run.IsCompleted)
        {
            Assert.True(guard.Elapsed < TimeSpan.FromMinutes(3), "the upgrade did not finish on the fake clock");
            if (active.Count == 0)
            {
                time.Advance(TimeSpan.FromSeconds(5));
            }

            await Task.WhenAny(run, Task.Delay(10, TestContext.Current.CancellationToken));
        }

        return await run;
    }
}

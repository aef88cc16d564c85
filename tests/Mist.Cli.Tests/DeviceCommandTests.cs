using Mist.Simulator;

namespace Mist.Cli.Tests;

public class DeviceCommandTests
{
    private const string RestartRoute = "/api/v1/sites/{site_id}/devices/{device_id}/restart";

    [Fact]
    public async Task List_shows_every_device_on_the_orgs_sites_with_its_site_name()
    {
        await using var cli = await CliHarness.StartAsync();
        var assigned = PrimaryDevices(cli).Where(d => d.SiteId is not null).ToList();

        var result = await cli.RunAsync("device", "list", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Json.AsArray();
        Assert.Equal(assigned.Select(d => d.Mac).Order(), rows.Select(r => r!["mac"]!.GetValue<string>()).Order());
        Assert.All(rows, r =>
        {
            var seeded = assigned.Single(d => d.Mac == r!["mac"]!.GetValue<string>());
            Assert.Equal(SiteName(cli, seeded.SiteId!), r!["site_name"]!.GetValue<string>());
            Assert.Equal(seeded.Serial, r["serial"]!.GetValue<string>());
            Assert.NotNull(r["connected"]);
        });
        Assert.Contains(rows, r => r!["type"]!.GetValue<string>() != "ap");
    }

    [Fact]
    public async Task List_filters_by_site_type_model_name_and_status()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var onSite = PrimaryDevices(cli).Where(d => d.SiteId == site.Id).ToList();
        var sample = onSite[0];

        var bySite = await cli.RunAsync("device", "list", "--site", site.Name, "-o", "json");
        var byType = await cli.RunAsync("device", "list", "--type", "ap", "-o", "json");
        var byModel = await cli.RunAsync("device", "list", "--model", sample.Model, "-o", "json");
        var byName = await cli.RunAsync("device", "list", "--name", sample.Name.ToUpperInvariant()[..^1] + "*", "-o", "json");
        var connected = await cli.RunAsync("device", "list", "--status", "connected", "-o", "json");
        var disconnected = await cli.RunAsync("device", "list", "--status", "disconnected", "-o", "json");
        var badStatus = await cli.RunAsync("device", "list", "--status", "sleeping");

        Assert.Equal(onSite.Select(d => d.Mac).Order(), bySite.Json.AsArray().Select(r => r!["mac"]!.GetValue<string>()).Order());
        Assert.All(byType.Json.AsArray(), r => Assert.Equal("ap", r!["type"]!.GetValue<string>()));
        Assert.All(byModel.Json.AsArray(), r => Assert.Equal(sample.Model, r!["model"]!.GetValue<string>()));
        Assert.Contains(byName.Json.AsArray(), r => r!["mac"]!.GetValue<string>() == sample.Mac);
        Assert.All(connected.Json.AsArray(), r => Assert.True(r!["connected"]!.GetValue<bool>()));
        Assert.All(disconnected.Json.AsArray(), r => Assert.False(r!["connected"]!.GetValue<bool>()));
        Assert.Equal(PrimaryDevices(cli).Count(d => d.SiteId is not null), connected.Json.AsArray().Count + disconnected.Json.AsArray().Count);
        Assert.Equal(2, badStatus.ExitCode);
    }

    [Fact]
    public async Task List_is_a_table_on_a_terminal_and_tab_separated_values_when_piped()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var count = PrimaryDevices(cli).Count(d => d.SiteId == site.Id);

        var tty = await cli.RunAsync(["device", "list", "--site", site.Id, "--no-color"], tty: true);
        var piped = await cli.RunAsync("device", "list", "--site", site.Id);

        Assert.Equal(0, tty.ExitCode);
        var header = tty.Stdout.Split('\n')[0];
        Assert.Equal(["NAME", "MAC", "MODEL", "TYPE", "SITE_NAME", "STATUS", "VERSION", "IP", "UPTIME", "NUM_CLIENTS", "LAST_SEEN"], header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(count + 1, tty.Stdout.TrimEnd().Split('\n').Length);
        var lines = piped.Stdout.TrimEnd().Split('\n');
        Assert.Equal(count, lines.Length);
        Assert.All(lines, l => Assert.Equal(11, l.Split('\t').Length));
        Assert.All(lines, l => Assert.Equal(site.Name, l.Split('\t')[4]));
    }

    [Fact]
    public async Task View_finds_a_device_by_id_mac_in_any_notation_serial_or_name()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);
        var mac = device.Mac;
        string[] refs =
        [
            device.Id, mac, mac.ToUpperInvariant(), string.Join(':', Enumerable.Range(0, 6).Select(i => mac.Substring(i * 2, 2))),
            string.Join('-', Enumerable.Range(0, 6).Select(i => mac.Substring(i * 2, 2).ToUpperInvariant())),
            $"{mac[..4]}.{mac[4..8]}.{mac[8..]}", device.Serial, device.Name,
        ];

        foreach (var reference in refs)
        {
            var result = await cli.RunAsync("device", "view", reference, "-o", "json");
            Assert.True(result.ExitCode == 0, $"{reference}: {result}");
            Assert.Equal(device.Id, result.Json["id"]!.GetValue<string>());
            Assert.Equal(device.SiteId, result.Json["site_id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task View_shows_the_configuration_with_the_health_from_the_devices_stats()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null && d.Type == "ap");
        var stats = await cli.RunAsync("device", "stats", device.Mac, "-o", "json");

        var result = await cli.RunAsync("device", "view", device.Mac, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(device.Id, result.Json["id"]!.GetValue<string>());
        foreach (var field in new[] { "status", "version", "ip", "num_clients" })
        {
            Assert.Equal(stats.Json[field]!.ToJsonString(), result.Json[field]!.ToJsonString());
        }

        Assert.NotNull(result.Json["uptime"]);
        Assert.NotNull(result.Json["last_seen"]);
        Assert.Matches(@"^10\.\d+\.\d+\.([1-9]\d?|1\d\d|2[0-4]\d|25[0-4])$", result.Json["ip"]!.GetValue<string>());
    }

    [Fact]
    public async Task View_of_an_unassigned_device_shows_its_inventory_record_with_a_notice()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is null);

        var result = await cli.RunAsync("device", "view", device.Serial, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("not assigned to a site", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(device.Mac, result.Json["mac"]!.GetValue<string>());
        Assert.NotNull(result.Json["magic"]);
        Assert.Null(result.Json["site_id"]);
    }

    [Fact]
    public async Task An_ambiguous_name_is_exit_2_with_the_candidates_and_an_unknown_device_exit_5()
    {
        await using var cli = await CliHarness.StartAsync();
        var (first, second) = (PrimaryDevices(cli)[0], PrimaryDevices(cli)[1]);
        Assert.Equal(0, (await cli.RunAsync("device", "update", first.Mac, "--name", "Twin")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("device", "update", second.Mac, "--name", "Twin")).ExitCode);

        var ambiguous = await cli.RunAsync("device", "view", "Twin");
        var unknown = await cli.RunAsync("device", "view", "no-such-device");
        var unknownMac = await cli.RunAsync("device", "restart", "00:11:22:33:44:55", "--yes");

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("2 devices match 'Twin'", ambiguous.Stderr, StringComparison.Ordinal);
        Assert.Contains(first.Mac, ambiguous.Stderr, StringComparison.Ordinal);
        Assert.Contains(second.Mac, ambiguous.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, unknown.ExitCode);
        Assert.Contains("No device 'no-such-device'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, unknownMac.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Get("POST", RestartRoute));
    }

    [Theory]
    [InlineData("5c:5b:35:zz:00:18")]
    [InlineData("5c:5b:35:00:00")]
    [InlineData("5c-5b-35-00-00-1g")]
    [InlineData("5c5b.3500.00zz")]
    [InlineData(" ")]
    public async Task A_malformed_mac_is_exit_2_before_any_request(string reference)
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Simulator.Counters.Reset();

        var view = await cli.RunAsync("device", "view", reference);
        var restart = await cli.RunAsync("device", "restart", reference, "--yes");

        Assert.Equal(2, view.ExitCode);
        Assert.Equal(2, restart.ExitCode);
        Assert.StartsWith("error: ", view.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Update_sends_only_the_fields_given_with_typed_set_values()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var result = await cli.RunAsync("device", "update", device.Serial, "--notes", "by the door", "--set", "vars={\"floor\":2}", "--set", "height=3.5", "-o", "json");
        var renamed = await cli.RunAsync("device", "update", device.Mac, "--name", "Lobby AP", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("by the door", result.Json["notes"]!.GetValue<string>());
        Assert.Equal(2, result.Json["vars"]!["floor"]!.GetValue<int>());
        Assert.Equal(3.5, result.Json["height"]!.GetValue<double>());
        Assert.Equal(device.Name, result.Json["name"]!.GetValue<string>());
        Assert.Equal("Lobby AP", renamed.Json["name"]!.GetValue<string>());
        Assert.Equal("by the door", renamed.Json["notes"]!.GetValue<string>());
        Assert.Equal(2, cli.Simulator.Counters.Get("PUT", "/api/v1/sites/{site_id}/devices/{device_id}"));
    }

    [Theory]
    [InlineData("Nothing to change")]
    [InlineData("cannot be changed", "--set", "site_id=\"abc\"")]
    [InlineData("cannot be changed", "--set", "mac=001122334455")]
    [InlineData("must not be empty", "--name", " ")]
    [InlineData("not valid JSON", "--set", "vars={floor:2}")]
    public async Task Update_with_nothing_or_a_fixed_field_is_exit_2_and_sends_nothing(string message, params string[] flags)
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);
        cli.Simulator.Counters.Reset();

        var result = await cli.RunAsync(["device", "update", device.Mac, .. flags]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Update_of_a_device_on_no_site_says_to_assign_it_first()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is null);

        var result = await cli.RunAsync("device", "update", device.Mac, "--notes", "x");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mist inventory assign", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task Restart_needs_yes_when_not_interactive_and_sends_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var refused = await cli.RunAsync("device", "restart", device.Name);
        var confirmed = await cli.RunAsync("device", "restart", device.Name, "--yes", "-o", "json");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, confirmed.ExitCode);
        Assert.Equal("restart", confirmed.Json["action"]!.GetValue<string>());
        Assert.Equal(device.Mac, confirmed.Json["mac"]!.GetValue<string>());
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", RestartRoute));
    }

    [Fact]
    public async Task Device_list_shows_config_fields_with_one_listing_per_site_only_when_asked()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);
        var site = cli.Seed.Sites.Single(s => s.Id == device.SiteId);
        await cli.RunAsync("device", "update", device.Mac, "--notes", "by the door");
        const string SiteDevices = "/api/v1/sites/{site_id}/devices";
        var before = cli.Simulator.Counters.Get("GET", SiteDevices);

        var plain = await cli.RunAsync("device", "list", "--site", site.Name, "-o", "json");
        var afterPlain = cli.Simulator.Counters.Get("GET", SiteDevices);
        var withNotes = await cli.RunAsync("device", "list", "--site", site.Name, "--fields", "name,notes,site_name", "-o", "csv");
        var everySite = await cli.RunAsync("device", "list", "--fields", "mac,notes", "-o", "json");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(before, afterPlain);
        Assert.True(withNotes.ExitCode == 0, withNotes.ToString());
        Assert.Contains($"{device.Name},by the door,{site.Name}", withNotes.Stdout, StringComparison.Ordinal);
        Assert.Equal("by the door", everySite.Json.AsArray().Single(d => d!["mac"]!.GetValue<string>() == device.Mac)!["notes"]!.GetValue<string>());
        var sitesWithDevices = PrimaryDevices(cli).Where(d => d.SiteId is not null).Select(d => d.SiteId).Distinct().Count();
        Assert.Equal(afterPlain + 1 + sitesWithDevices, cli.Simulator.Counters.Get("GET", SiteDevices));
    }

    [Fact]
    public async Task Restarting_a_disconnected_device_warns_that_nothing_happens_until_it_reconnects()
    {
        await using var cli = await CliHarness.StartAsync();
        var listed = (await cli.RunAsync("device", "list", "--fields", "mac,connected", "-o", "json")).Json.AsArray();
        var down = listed.First(d => !d!["connected"]!.GetValue<bool>())!["mac"]!.GetValue<string>();
        var up = listed.First(d => d!["connected"]!.GetValue<bool>())!["mac"]!.GetValue<string>();

        var offline = await cli.RunAsync("device", "restart", down, "--yes");
        var online = await cli.RunAsync("device", "restart", up, "--yes");

        Assert.Equal(0, offline.ExitCode);
        Assert.Contains("is disconnected: nothing happens until it reconnects", offline.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, online.ExitCode);
        Assert.DoesNotContain("disconnected", online.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, cli.Simulator.Counters.Get("POST", RestartRoute));
    }

    [Fact]
    public async Task Restart_on_a_terminal_asks_for_the_device_name()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var wrong = await cli.RunAsync(["device", "restart", device.Mac], tty: true, c => c.Type("something else"));
        Assert.Equal(0, cli.Simulator.Counters.Get("POST", RestartRoute));
        var right = await cli.RunAsync(["device", "restart", device.Mac], tty: true, c => c.Type(device.Name));

        Assert.Equal(3, wrong.ExitCode);
        Assert.Contains($"Type '{device.Name}' to restart device {device.Name} (", wrong.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, right.ExitCode);
        Assert.Contains("Restarted device", right.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", RestartRoute));
    }

    [Fact]
    public async Task Locate_and_unlocate_need_no_confirmation()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null && d.Type == "ap");

        var locate = await cli.RunAsync("device", "locate", device.Mac, "-o", "json");
        var unlocate = await cli.RunAsync(["device", "unlocate", device.Serial], tty: true);

        Assert.Equal(0, locate.ExitCode);
        Assert.Equal("locate", locate.Json["action"]!.GetValue<string>());
        Assert.Equal(device.SiteId, locate.Json["site_id"]!.GetValue<string>());
        Assert.Equal(0, unlocate.ExitCode);
        Assert.Contains("Stopped blinking", unlocate.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/locate"));
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/unlocate"));
    }

    [Fact]
    public async Task Dry_run_of_update_and_restart_prints_the_request_and_sends_no_write()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var update = await cli.RunAsync("device", "update", device.Mac, "--notes", "x", "--set", "locked=true", "--dry-run", "-o", "json");
        var restart = await cli.RunAsync("device", "restart", device.Mac, "--dry-run");

        Assert.Equal(0, update.ExitCode);
        Assert.Equal("PUT", update.Json["method"]!.GetValue<string>());
        Assert.Equal($"/api/v1/sites/{device.SiteId}/devices/{device.Id}", update.Json["path"]!.GetValue<string>());
        Assert.Equal("""{"notes":"x","locked":true}""", update.Json["body"]!.ToJsonString());
        Assert.Equal(0, restart.ExitCode);
        Assert.Contains($"POST /api/v1/sites/{device.SiteId}/devices/{device.Id}/restart", restart.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task Verbose_traces_requests_without_the_token()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = PrimaryDevices(cli).First(d => d.SiteId is not null);

        var list = await cli.RunAsync("device", "list", "--verbose", "-o", "json");
        var update = await cli.RunAsync("device", "update", device.Mac, "--notes", "traced", "--verbose");

        Assert.Equal(0, list.ExitCode);
        Assert.Equal(0, update.ExitCode);
        Assert.Contains("/inventory", list.Stderr, StringComparison.Ordinal);
        Assert.Contains("PUT", update.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Simulator.Tokens.Admin, list.Stderr + list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Simulator.Tokens.Admin, update.Stderr + update.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_must_be_device_fields()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Simulator.Counters.Reset();

        var good = await cli.RunAsync("device", "list", "--fields", "mac,site_name,connected", "-o", "json");
        var bad = await cli.RunAsync("device", "list", "--fields", "mac,colour");

        Assert.Equal(0, good.ExitCode);
        Assert.All(good.Json.AsArray(), r => Assert.Equal(["mac", "site_name", "connected"], r!.AsObject().Select(p => p.Key)));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("colour", bad.Stderr, StringComparison.Ordinal);
    }

    private static List<SeededDevice> PrimaryDevices(CliHarness cli) =>
        [.. cli.Seed.Devices.Where(d => d.OrgId == cli.Seed.PrimaryOrgId)];

    private static string SiteName(CliHarness cli, string siteId) => cli.Seed.Sites.Single(s => s.Id == siteId).Name;
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Mist.Simulator;

namespace Mist.Cli.Tests;

/// <summary>mist client, event, alarm and audit against the simulator (seeded with WLANs and wireless clients).</summary>
public sealed class ActivityCommandTests
{
    private const int ClientNamesThreshold = 8;

    private static Task<CliHarness> StartAsync(TimeProvider? time = null) =>
        CliHarness.StartAsync(o => o.Seeding = new SeedOptions { Wireless = true, ClientsPerAp = 4 }, time);

    [Fact]
    public async Task Client_find_by_mac_in_any_notation_ip_hostname_and_username_shows_names_and_signal()
    {
        await using var cli = await StartAsync();
        var all = (await cli.RunAsync("client", "list", "-o", "json")).Json.AsArray();
        var known = all.First(c => c!["username"] is not null)!;
        var mac = (string)known["mac"]!;
        var colons = string.Join(':', Enumerable.Range(0, 6).Select(i => mac.Substring(i * 2, 2))).ToUpperInvariant();

        foreach (var query in new[] { colons, (string)known["ip"]!, (string)known["hostname"]!, (string)known["username"]! })
        {
            cli.Simulator.Counters.Reset();
            var found = await cli.RunAsync("client", "find", query, "-o", "json");

            Assert.True(found.ExitCode == 0, found.ToString());
            var client = Assert.Single(found.Json.AsArray())!;
            Assert.Equal(mac, (string?)client["mac"]);
            Assert.Equal((string?)known["ap_name"], (string?)client["ap_name"]);
            Assert.False(string.IsNullOrEmpty((string?)client["site_name"]));
            Assert.Equal((double)known["rssi"]!, (double)client["rssi"]!);
            Assert.NotNull(client["snr"]);
            Assert.NotNull(client["time"]);
            // The search, the org's sites, then the client's site once (AP names, client stats): bounded, not per client.
            Assert.True(cli.Simulator.Counters.Total <= 6, $"{cli.Simulator.Counters.Total} requests");
        }

        var table = await cli.RunAsync(["client", "find", colons], tty: true);
        Assert.Contains("AP_NAME", table.Stdout, StringComparison.Ordinal);
        Assert.Contains((string)known["ap_name"]!, table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_find_across_many_sites_reads_each_site_once_the_ap_names_from_the_org_inventory_and_no_signal_unless_shown()
    {
        // 12 sites: more than are worth reading one by one for AP names.
        await using var cli = await CliHarness.StartAsync(o => o.Seeding = new SeedOptions { Orgs = 1, SitesPerOrg = 12, DevicesPerSite = 3, Wireless = true, ClientsPerAp = 2 });
        var org = cli.Seed.PrimaryOrgId;
        // The org given, so that no GET /self is counted.
        cli.Environment["MIST_ORG_ID"] = org;
        var matches = (await cli.RunAsync("api", $"orgs/{org}/clients/search?text=a&limit=1000")).Json["results"]!.AsArray();
        var sites = matches.Select(m => (string)m!["site_id"]!).Distinct().Count();
        Assert.True(sites > ClientNamesThreshold, $"{sites} sites");

        cli.Simulator.Counters.Reset();
        var found = await cli.RunAsync("client", "find", "a", "-o", "ndjson");
        var all = cli.Simulator.Counters.Snapshot();
        cli.Simulator.Counters.Reset();
        var names = await cli.RunAsync("client", "find", "a", "--fields", "mac,site_name,ap_name", "-o", "json");
        var withoutSignal = cli.Simulator.Counters.Snapshot();

        Assert.True(found.ExitCode == 0, found.ToString());
        var rows = found.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(matches.Count, rows.Count);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty((string?)r["ap_name"])));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty((string?)r["site_name"])));
        // One search page, the sites once, the AP inventory (one page), and each site's client stats once.
        Assert.Equal(1, all["GET /api/v1/orgs/{org_id}/clients/search"]);
        Assert.Equal(1, all["GET /api/v1/orgs/{org_id}/sites"]);
        Assert.Equal(1, all["GET /api/v1/orgs/{org_id}/inventory"]);
        Assert.Equal(sites, all["GET /api/v1/sites/{site_id}/stats/clients"]);
        Assert.False(all.ContainsKey("GET /api/v1/sites/{site_id}/stats/devices"));

        Assert.True(names.ExitCode == 0, names.ToString());
        Assert.All(names.Json.AsArray(), r => Assert.Null(r!["rssi"]));
        Assert.All(names.Json.AsArray(), r => Assert.False(string.IsNullOrEmpty((string?)r!["ap_name"])));
        Assert.False(withoutSignal.ContainsKey("GET /api/v1/sites/{site_id}/stats/clients"));
        Assert.Equal(3, withoutSignal.Values.Sum());
    }

    [Fact]
    public async Task Client_list_of_one_site_or_the_whole_org_lists_the_sites_once_and_reads_no_signal_it_has()
    {
        await using var cli = await StartAsync();
        var site = cli.Seed.Sites[0];
        cli.Environment["MIST_ORG_ID"] = cli.Seed.PrimaryOrgId;

        cli.Simulator.Counters.Reset();
        var one = await cli.RunAsync("client", "list", "--site", site.Id, "-o", "json");
        var oneSite = cli.Simulator.Counters.Snapshot();
        cli.Simulator.Counters.Reset();
        var every = await cli.RunAsync("client", "list", "-o", "json");
        var org = cli.Simulator.Counters.Snapshot();

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.All(one.Json.AsArray(), r => Assert.Equal(site.Name, (string?)r!["site_name"]));
        Assert.All(one.Json.AsArray(), r => Assert.False(string.IsNullOrEmpty((string?)r!["ap_name"])));
        // The site (by id: one GET), its clients' stats and its APs' stats: 3.
        Assert.True(oneSite.Values.Sum() == 3, string.Join(", ", oneSite));
        Assert.Equal(1, oneSite["GET /api/v1/sites/{site_id}/stats/clients"]);

        Assert.True(every.ExitCode == 0, every.ToString());
        Assert.All(every.Json.AsArray(), r => Assert.False(string.IsNullOrEmpty((string?)r!["site_name"])));
        Assert.Equal(1, org["GET /api/v1/orgs/{org_id}/sites"]);
        Assert.Equal(cli.Seed.Orgs[0].SiteCount, org["GET /api/v1/sites/{site_id}/stats/clients"]);
    }

    [Fact]
    public async Task Client_list_filters_by_site_device_ssid_and_band()
    {
        await using var cli = await StartAsync();
        var site = cli.Seed.Sites[0];
        var bySite = (await cli.RunAsync("client", "list", "--site", site.Name, "-o", "json")).Json.AsArray();
        var first = bySite[0]!;
        var byDevice = (await cli.RunAsync("client", "list", "--device", (string)first["ap_mac"]!, "-o", "json")).Json.AsArray();
        var bySsid = (await cli.RunAsync("client", "list", "--ssid", (string)first["ssid"]!, "-o", "json")).Json.AsArray();
        var byBand = (await cli.RunAsync("client", "list", "--site", site.Id, "--band", "5", "-o", "ndjson")).Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

        var table = await cli.RunAsync(["client", "list", "--site", site.Name], tty: true);

        Assert.NotEmpty(bySite);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains((string)first["mac"]!, table.Stdout, StringComparison.Ordinal);
        Assert.All(bySite, c => Assert.Equal(site.Id, (string?)c!["site_id"]));
        Assert.All(byDevice, c => Assert.Equal((string?)first["ap_mac"], (string?)c!["ap_mac"]));
        Assert.Contains(byDevice, c => (string?)c!["mac"] == (string?)first["mac"]);
        Assert.All(bySsid, c => Assert.Equal((string?)first["ssid"], (string?)c!["ssid"]));
        Assert.All(byBand, c => Assert.Equal("5", (string?)c["band"]));
    }

    [Fact]
    public async Task Client_view_and_events_follow_a_restart_of_its_ap()
    {
        await using var cli = await StartAsync();
        var client = (await cli.RunAsync("client", "list", "--site", cli.Seed.Sites[0].Id, "-o", "json")).Json.AsArray()[0]!;
        var mac = (string)client["mac"]!;

        var restart = await cli.RunAsync("device", "restart", (string)client["ap_mac"]!, "--yes");
        var view = await cli.RunAsync("client", "view", mac.ToUpperInvariant(), "-o", "json");
        var events = await cli.RunAsync("client", "events", mac, "--since", "1h", "-o", "json");
        var unknown = await cli.RunAsync("client", "view", "00:00:5e:00:53:99");

        Assert.True(restart.ExitCode == 0, restart.ToString());
        Assert.True(view.ExitCode == 0, view.ToString());
        Assert.Equal(mac, (string?)view.Json["mac"]);
        Assert.True((bool)view.Json["connected"]!);
        Assert.NotNull(view.Json["ap_name"]);
        Assert.Equal(["CLIENT_DISASSOCIATION", "CLIENT_ASSOCIATION"], events.Json.AsArray().Select(e => (string)e!["type"]!).TakeLast(2));
        Assert.Equal(5, unknown.ExitCode);
    }

    [Fact]
    public async Task Event_list_shows_device_actions_in_the_window_with_iso_times_and_filters()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var cli = await StartAsync(time);
        var ap = cli.Seed.Devices.First(d => d.Type == "ap" && d.SiteId == cli.Seed.Sites[0].Id);
        await cli.RunAsync("device", "locate", ap.Mac);
        time.Advance(TimeSpan.FromMinutes(1));

        var recent = await cli.RunAsync("event", "list", "--device", ap.Mac, "--since", "5m", "-o", "json");
        var bySite = await cli.RunAsync("event", "list", "--site", cli.Seed.Sites[0].Name, "--type", "AP_LOCATE_STARTED", "--since", "5m", "-o", "json");
        var start = time.GetUtcNow().AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var range = await cli.RunAsync("event", "list", "--start", start, "--type", "AP_LOCATE_STARTED", "-o", "json");
        var table = await cli.RunAsync(["event", "list", "--since", "5m"], tty: true);

        Assert.True(recent.ExitCode == 0, recent.ToString());
        var located = Assert.Single(recent.Json.AsArray())!;
        Assert.Equal("AP_LOCATE_STARTED", (string?)located["type"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string?)located["time"]);
        Assert.Single(bySite.Json.AsArray());
        Assert.Single(range.Json.AsArray());
        Assert.Contains("AP_LOCATE_STARTED", table.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", table.Stdout);
    }

    [Fact]
    public async Task Event_list_streams_every_page_of_the_cursor()
    {
        // 600 devices: more than one page of 1,000 events over 60 days.
        await using var cli = await CliHarness.StartAsync(o => o.Seeding = new SeedOptions { Orgs = 1, SitesPerOrg = 30, DevicesPerSite = 20 });
        var first = await cli.RunAsync("api", $"orgs/{cli.Seed.PrimaryOrgId}/devices/events/search?duration=60d&limit=1000");
        Assert.True(first.ExitCode == 0, first.ToString());
        cli.Simulator.Counters.Reset();

        var listed = await cli.RunAsync("event", "list", "--since", "60d", "-o", "ndjson");

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.True((int)first.Json["total"]! > 1000);
        Assert.Equal((int)first.Json["total"]!, listed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, cli.Simulator.Counters.Snapshot().Where(c => c.Key.Contains("events/search", StringComparison.Ordinal)).Sum(c => c.Value));
    }

    [Fact]
    public async Task Alarm_list_and_ack_with_dry_run_and_audit_list_show_the_change()
    {
        await using var cli = await StartAsync();
        var alarms = (await cli.RunAsync("alarm", "list", "--since", "7d", "--severity", "critical", "-o", "json")).Json.AsArray();
        var open = alarms.First(a => (string?)a!["status"] == "open" && !(bool)a["acked"]!)!;
        var id = (string)open["id"]!;
        var bySite = (await cli.RunAsync("alarm", "list", "--site", (string)open["site_id"]!, "--since", "7d", "-o", "json")).Json.AsArray();

        cli.Simulator.Counters.Reset();
        var dry = await cli.RunAsync("alarm", "ack", id, "--dry-run");
        var writesAfterDryRun = cli.Simulator.Counters.Writes;
        var ack = await cli.RunAsync("alarm", "ack", id);
        var after = (await cli.RunAsync("alarm", "list", "--since", "7d", "-o", "json")).Json.AsArray().First(a => (string?)a!["id"] == id)!;
        var audit = await cli.RunAsync("audit", "list", "--since", "1h", "-o", "json");

        Assert.NotEmpty(alarms);
        Assert.All(alarms, a => Assert.Equal("critical", (string?)a!["severity"]));
        Assert.All(bySite, a => Assert.Equal((string?)open["site_id"], (string?)a!["site_id"]));
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains($"POST /api/v1/orgs/{cli.Seed.PrimaryOrgId}/alarms/ack", dry.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, writesAfterDryRun);
        Assert.True(ack.ExitCode == 0, ack.ToString());
        Assert.True((bool)after["acked"]!);
        Assert.Contains(audit.Json.AsArray(), e => ((string)e!["message"]!).Contains(id, StringComparison.Ordinal));
    }
}

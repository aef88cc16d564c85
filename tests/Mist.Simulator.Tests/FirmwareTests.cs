using Microsoft.Extensions.Time.Testing;

namespace Mist.Simulator.Tests;

public sealed class FirmwareTests
{
    private const string Stable = "0.14.29313";
    private const string Older = "0.12.27452";

    [Fact]
    public async Task Versions_list_each_model_with_one_stable_version()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var org = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/devices/versions")).AsArray();
        var one = (await sim.GetJsonAsync($"api/v1/sites/{sim.Seed.Sites[0].Id}/devices/versions?type=switch&model=EX4100-48P")).AsArray();
        var (badType, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}/devices/versions?type=phone", null);

        Assert.All(org.GroupBy(v => (string?)v!["model"]), g => Assert.Single(g, v => (string?)v!["tag"] == "stable"));
        Assert.Contains(org, v => (string?)v!["model"] == "AP43" && (string?)v["version"] == Stable);
        Assert.All(one, v => Assert.Equal("EX4100-48P", (string?)v!["model"]));
        Assert.Equal(3, one.Count);
        Assert.Equal(HttpStatusCode.BadRequest, badType);
    }

    [Fact]
    public async Task Seeded_versions_spread_so_some_devices_are_outdated()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var stats = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats/devices?type=ap&limit=1000")).AsArray();

        Assert.Contains(stats, s => (string?)s!["version"] == Stable);
        Assert.Contains(stats, s => (string?)s!["version"] == Older);
    }

    [Fact]
    public async Task Stats_filter_on_comma_separated_status_and_carry_radio_stats()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites[0].Id;

        var both = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices?type=all&status=connected,disconnected")).AsArray();
        var all = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices?type=all")).AsArray();
        var down = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats/devices?type=all&status=disconnected&limit=1000")).AsArray();
        var (bad, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{site}/stats/devices?status=connected,sleeping", null);

        Assert.Equal(all.Count, both.Count);
        Assert.NotEmpty(down);
        Assert.All(down, s => Assert.Equal("disconnected", (string?)s!["status"]));
        Assert.All(down, s => Assert.Equal(0, (int)s!["uptime"]!));
        Assert.Contains(all, s => (string?)s!["type"] == "ap" && s["radio_stat"]?["band_5"]?["channel"] is not null);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("sleeping", (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_upgrade_goes_through_every_stage_on_the_clock_and_changes_the_version()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });
        var ap = await OutdatedConnectedApAsync(sim);
        var statsPath = $"api/v1/sites/{ap.SiteId}/stats/devices/{ap.Id}";

        var (status, started) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{ap.SiteId}/devices/{ap.Id}/upgrade", $$"""{"version":"{{Stable}}"}""");
        var upgradeId = (string?)(await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/devices/upgrade"))[0]!["id"];
        var seen = new List<string>();
        for (var second = 0; second <= 20; second++)
        {
            var upgrade = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/devices/upgrade/{upgradeId}");
            var state = (string)upgrade["status"]!;
            if (seen.Count == 0 || seen[^1] != state) seen.Add(state);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var after = await sim.GetJsonAsync(statsPath);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("scheduled", (string?)started!["status"]);
        Assert.Equal(["queued", "downloading", "upgrading", "completed"], seen);
        Assert.Equal(Stable, (string?)after["version"]);
        Assert.Equal("connected", (string?)after["status"]);
        Assert.Null(after["fwupdate"]);
    }

    [Fact]
    public async Task Stats_show_upgrading_with_progress_while_a_device_upgrades()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });
        var ap = await OutdatedConnectedApAsync(sim);

        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{ap.SiteId}/devices/{ap.Id}/upgrade", $$"""{"version":"stable"}""");
        time.Advance(TimeSpan.FromSeconds(4));
        var during = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/stats/devices/{ap.Id}");
        time.Advance(TimeSpan.FromSeconds(11));
        var rebooting = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/stats/devices/{ap.Id}");

        Assert.Equal("upgrading", (string?)during["status"]);
        Assert.Equal("inprogress", (string?)during["fwupdate"]!["status"]);
        Assert.InRange((int)during["fwupdate"]!["progress"]!, 1, 99);
        Assert.Equal(Older, (string?)during["version"]);
        Assert.Equal("restarting", (string?)rebooting["status"]);
    }

    [Fact]
    public async Task Unknown_versions_and_models_are_refused_with_400()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var ap = sim.Seed.Devices.First(d => d.Type == "ap" && d.SiteId is not null);
        var site = $"api/v1/sites/{ap.SiteId}/devices/upgrade";

        var (device, deviceBody) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{ap.SiteId}/devices/{ap.Id}/upgrade", """{"version":"9.9.9"}""");
        var (model, modelBody) = await sim.SendJsonAsync(HttpMethod.Post, site, $$"""{"version":"{{Stable}}","models":["AP99"]}""");
        var (missing, _) = await sim.SendJsonAsync(HttpMethod.Post, site, "{}");
        var (strategy, _) = await sim.SendJsonAsync(HttpMethod.Post, site, $$"""{"version":"{{Stable}}","strategy":"yolo"}""");
        var (wrongType, _) = await sim.SendJsonAsync(HttpMethod.Post, site, $$"""{"version":"{{Stable}}","device_ids":["{{ap.Id}}"],"models":["EX4100-48P"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, device);
        Assert.Contains("9.9.9", (string?)deviceBody!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, model);
        Assert.Contains("AP99", (string?)modelBody!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal(HttpStatusCode.BadRequest, strategy);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType);
    }

    [Fact]
    public async Task A_site_upgrade_with_failures_reports_each_device_once_and_a_rerun_touches_only_the_failed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions
        {
            TimeProvider = time,
            Seeding = new SeedOptions { DevicesPerSite = 100 },
            Faults = new FaultOptions { UpgradeFailureRate = 0.1 },
        });
        var site = sim.Seed.Sites[0].Id;
        var aps = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices?type=ap&limit=1000")).AsArray().Count;

        var first = await RunSiteUpgradeAsync(sim, time, site);
        var second = await RunSiteUpgradeAsync(sim, time, site);

        Assert.Equal(aps, first.Total);
        Assert.Equal(aps, first.Upgraded.Count + first.Failed.Count + first.Skipped.Count);
        Assert.Equal(aps, first.Upgraded.Concat(first.Failed).Concat(first.Skipped).Distinct().Count());
        Assert.NotEmpty(first.Failed);
        Assert.Equal(first.Failed.Count, second.Upgraded.Count + second.Failed.Count);
        Assert.Subset(first.Failed.ToHashSet(), second.Upgraded.Concat(second.Failed).ToHashSet());
    }

    [Fact]
    public async Task Cancel_stops_devices_that_have_not_started_and_is_refused_once_all_started()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time, Seeding = new SeedOptions { DevicesPerSite = 20 } });
        var site = sim.Seed.Sites[0].Id;
        var path = $"api/v1/sites/{site}/devices/upgrade";

        var (_, serial) = await sim.SendJsonAsync(HttpMethod.Post, path, """{"version":"0.14.29633","strategy":"serial"}""");
        var serialId = (string)serial!["upgrade_id"]!;
        time.Advance(TimeSpan.FromSeconds(5));
        var (cancelled, _) = await sim.SendJsonAsync(HttpMethod.Post, $"{path}/{serialId}/cancel", null);
        time.Advance(TimeSpan.FromMinutes(5));
        var done = await sim.GetJsonAsync($"{path}/{serialId}");

        var (_, bigBang) = await sim.SendJsonAsync(HttpMethod.Post, path, """{"version":"0.14.29633","force":true}""");
        time.Advance(TimeSpan.FromSeconds(2));
        var (late, lateBody) = await sim.SendJsonAsync(HttpMethod.Post, $"{path}/{(string)bigBang!["upgrade_id"]!}/cancel", null);
        var (unknown, _) = await sim.SendJsonAsync(HttpMethod.Post, $"{path}/{Guid.NewGuid()}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled);
        Assert.Equal("cancelled", (string?)done["status"]);
        Assert.Single(done["targets"]!["upgraded"]!.AsArray().Concat(done["targets"]!["failed"]!.AsArray()));
        Assert.Equal(HttpStatusCode.BadRequest, late);
        Assert.Contains("started", (string?)lateBody!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task An_org_upgrade_of_all_sites_starts_a_site_upgrade_on_every_site_with_a_matching_device()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions());
        var withAps = sim.Seed.Devices.Where(d => d.OrgId == sim.OrgId && d.SiteId is not null && d.Type == "ap").Select(d => d.SiteId!).ToHashSet();

        var (status, started) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/devices/upgrade",
            $$"""{"all_sites":true,"device_type":"ap","versions":[{"firmware_type":"ap","version":"{{Stable}}"}]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(withAps, started!["upgrades"]!.AsArray().Select(u => (string)u!["site_id"]!).ToHashSet());
    }

    [Fact]
    public async Task An_org_upgrade_starts_one_site_upgrade_per_site_and_can_be_followed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });
        var sites = sim.Seed.Sites.Take(2).Select(s => s.Id).ToList();

        var (status, started) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/devices/upgrade",
            $$"""{"site_ids":["{{sites[0]}}","{{sites[1]}}"],"device_type":"ap","versions":[{"firmware_type":"ap","version":"{{Stable}}"}]}""");
        time.Advance(TimeSpan.FromMinutes(1));
        var followed = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/devices/upgrade/{(string)started!["id"]!}");
        var list = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/devices/upgrade")).AsArray();
        var (noVersions, _) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/devices/upgrade", $$"""{"all_sites":true}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(sites, followed["upgrades"]!.AsArray().Select(u => (string)u!["site_id"]!).ToList());
        Assert.All(followed["upgrades"]!.AsArray(), u => Assert.Equal("completed", (string?)u!["upgrade"]!["status"]));
        Assert.Single(list);
        Assert.Equal(HttpStatusCode.BadRequest, noVersions);
    }

    private static async Task<SeededDevice> OutdatedConnectedApAsync(SimulatorClient sim)
    {
        var stats = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats/devices?type=ap&status=connected&limit=1000")).AsArray();
        var mac = (string)stats.First(s => (string?)s!["version"] == Older)!["mac"]!;
        return sim.Seed.Devices.First(d => d.Mac == mac);
    }

    private static async Task<(int Total, List<string> Upgraded, List<string> Failed, List<string> Skipped)> RunSiteUpgradeAsync(
        SimulatorClient sim, FakeTimeProvider time, string site)
    {
        var (_, started) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{site}/devices/upgrade", $$"""{"version":"{{Stable}}"}""");
        time.Advance(TimeSpan.FromMinutes(2));
        var done = await sim.GetJsonAsync($"api/v1/sites/{site}/devices/upgrade/{(string)started!["upgrade_id"]!}");
        List<string> Macs(string name) => [.. done["targets"]![name]!.AsArray().Select(m => (string)m!)];
        return ((int)done["targets"]!["total"]!, Macs("upgraded"), Macs("failed"), Macs("skipped"));
    }
}

using Mist.Simulator;

namespace Mist.IntegrationTests;

public class DeviceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SeededDevice AssignedAp(SimulatorScope sim) =>
        sim.Seed.Devices.First(d => d.OrgId == sim.Seed.PrimaryOrgId && d.SiteId is not null && d.Type == "ap");

    [Fact]
    public async Task Site_list_defaults_to_aps_and_all_means_every_type()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var site = sim.Seed.Sites.First(s => sim.Seed.Devices.Any(d => d.SiteId == s.Id && d.Type != "ap"));
        var siteId = Guid.Parse(site.Id);
        var seeded = sim.Seed.Devices.Where(d => d.SiteId == site.Id).ToList();

        var aps = await ToListAsync(sim.Admin.Devices.ListAsync(siteId));
        var all = await ToListAsync(sim.Admin.Devices.ListAsync(siteId, new DeviceListOptions { Type = DeviceType.All }));

        Assert.Equal(seeded.Where(d => d.Type == "ap").Select(d => d.Mac).Order(), aps.Select(d => d.Mac).Order());
        Assert.Equal(seeded.Select(d => d.Mac).Order(), all.Select(d => d.Mac).Order());
        Assert.Contains(all, d => d.Type != DeviceType.AccessPoint);
    }

    [Fact]
    public async Task Org_search_follows_next_links_to_every_ap()
    {
        await using var sim = await SimulatorScope.StartAsync(o => o.Seeding.SitesPerOrg = 4);
        var expected = sim.Seed.Devices.Where(d => d.OrgId == sim.Seed.PrimaryOrgId && d.Type == "ap" && d.SiteId is not null).Select(d => d.Mac).Order().ToList();

        var found = new List<string>();
        await foreach (var page in sim.Admin.Devices.SearchAsync(sim.OrgId).AsPages(pageSizeHint: 4).WithCancellation(Ct))
        {
            found.AddRange(page.Values.Select(d => d.Mac!));
        }

        Assert.Equal(expected, found.Order());
        Assert.True(sim.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/devices/search") >= 2);
    }

    [Fact]
    public async Task Find_by_id_mac_serial_and_name()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ap = AssignedAp(sim);
        var colonMac = string.Join(':', Enumerable.Range(0, 6).Select(i => ap.Mac.Substring(i * 2, 2))).ToUpperInvariant();

        foreach (var query in new[] { ap.Id, ap.Mac, colonMac, ap.Serial, ap.Name })
        {
            var match = Assert.Single(await sim.Admin.Devices.FindAsync(sim.OrgId, query, Ct));
            Assert.Equal(ap.Mac, match.Mac);
            Assert.Equal(Guid.Parse(ap.SiteId!), match.SiteId);
        }

        Assert.Empty(await sim.Admin.Devices.FindAsync(sim.OrgId, "no-such-device", Ct));
    }

    [Fact]
    public async Task Rename_and_change_notes_then_read_back()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ap = AssignedAp(sim);
        var siteId = Guid.Parse(ap.SiteId!);
        var deviceId = Guid.Parse(ap.Id);

        var updated = await sim.Admin.Devices.UpdateAsync(siteId, deviceId, new DeviceUpdateOptions { Name = "lobby-ap", Notes = "ceiling" }, Ct);
        var read = await sim.Admin.Devices.GetAsync(siteId, deviceId, Ct);
        var names = await sim.Admin.Devices.ListNamesAsync(sim.OrgId, Ct);

        Assert.Equal("lobby-ap", updated.Name);
        Assert.Equal("ceiling", read.Notes);
        Assert.Equal(ap.Serial, read.Serial);
        Assert.Contains(names, n => n.Mac == ap.Mac && n.Name == "lobby-ap");
    }

    [Fact]
    public async Task Restart_locate_and_unlocate_are_posted_to_the_device()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ap = AssignedAp(sim);
        var siteId = Guid.Parse(ap.SiteId!);
        var deviceId = Guid.Parse(ap.Id);

        await sim.Admin.Devices.LocateAsync(siteId, deviceId, Ct);
        var stats = await sim.Admin.SendAsync(new MistRequest(HttpMethod.Get, $"sites/{siteId}/stats/devices/{deviceId}"), Ct);
        await sim.Admin.Devices.UnlocateAsync(siteId, deviceId, Ct);
        await sim.Admin.Devices.RestartAsync(siteId, deviceId, Ct);

        Assert.True(stats.ReadJson()!.Value.GetProperty("locating").GetBoolean());
        Assert.Equal(1, sim.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/restart"));
        Assert.Equal(1, sim.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/unlocate"));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(Ct))
        {
            list.Add(item);
        }

        return list;
    }
}

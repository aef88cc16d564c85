namespace Mist.Simulator.Tests;

public sealed class DeviceTests
{
    [Fact]
    public async Task Locate_sets_locating_in_stats_until_unlocate()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var ap = sim.Seed.Devices.First(d => d.Type == "ap" && d.SiteId is not null);
        var actions = $"api/v1/sites/{ap.SiteId}/devices/{ap.Id}";

        using var locate = await sim.SendAsync(HttpMethod.Post, $"{actions}/locate", sim.Tokens.Admin);
        var located = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/stats/devices/{ap.Id}");
        var inOrgStats = Assert.Single((await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats/devices?mac={ap.Mac}")).AsArray())!;
        using var unlocate = await sim.SendAsync(HttpMethod.Post, $"{actions}/unlocate", sim.Tokens.Admin);
        var unlocated = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/stats/devices/{ap.Id}");

        Assert.Equal(HttpStatusCode.OK, locate.StatusCode);
        Assert.Empty(await locate.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.True((bool)located["locating"]!);
        Assert.True((bool)inOrgStats["locating"]!);
        Assert.Equal(HttpStatusCode.OK, unlocate.StatusCode);
        Assert.False((bool)unlocated["locating"]!);
    }

    [Fact]
    public async Task Restart_starts_uptime_again()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });
        var ap = sim.Seed.Devices.First(d => d.Type == "ap" && d.SiteId is not null);
        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{ap.SiteId}/devices/{ap.Id}/restart", """{"node":"node0"}""");
        time.Advance(TimeSpan.FromSeconds(42));

        var stats = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/stats/devices/{ap.Id}");

        Assert.Equal("connected", (string?)stats["status"]);
        Assert.Equal(42, (double)stats["uptime"]!);
    }

    [Fact]
    public async Task Device_put_merges_config_and_ignores_read_only_fields()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var ap = sim.Seed.Devices.First(d => d.Type == "ap" && d.SiteId is not null);
        var path = $"api/v1/sites/{ap.SiteId}/devices/{ap.Id}";

        await sim.SendJsonAsync(HttpMethod.Put, path, """{"notes":"ceiling","vars":{"a":"b"}}""");
        var (status, device) = await sim.SendJsonAsync(HttpMethod.Put, path, """{"name":"lobby","mac":"000000000000","x":12.5}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("lobby", (string?)device!["name"]);
        Assert.Equal("ceiling", (string?)device["notes"]);
        Assert.Equal("b", (string?)device["vars"]!["a"]);
        Assert.Equal(12.5, (double)device["x"]!);
        Assert.Equal(ap.Mac, (string?)device["mac"]);
        Assert.True(JsonNode.DeepEquals(device, await sim.GetJsonAsync(path)));
        var names = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/devices");
        Assert.Contains(names["results"]!.AsArray(), d => (string?)d!["name"] == "lobby" && (string?)d["mac"] == ap.Mac);
    }

    [Fact]
    public async Task Device_of_another_site_is_404()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var device = sim.Seed.Devices.First(d => d.SiteId == sim.Seed.Sites[0].Id);

        var (status, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{sim.Seed.Sites[1].Id}/devices/{device.Id}", null);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Org_stats_count_sites_devices_and_inventory()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var stats = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats");

        var options = new SeedOptions();
        Assert.Equal(options.SitesPerOrg, (int)stats["num_sites"]!);
        Assert.Equal(options.SitesPerOrg * options.DevicesPerSite, (int)stats["num_devices"]!);
        Assert.Equal(sim.Seed.Orgs[0].DeviceCount, (int)stats["num_inventory"]!);
        Assert.Equal((int)stats["num_devices"]!, (int)stats["num_devices_connected"]! + (int)stats["num_devices_disconnected"]!);
    }

    [Fact]
    public async Task Seeding_is_deterministic_by_seed_number()
    {
        await using var a = await SimulatorClient.StartAsync(new MistSimulatorOptions { Seed = 7 });
        await using var b = await SimulatorClient.StartAsync(new MistSimulatorOptions { Seed = 7 });
        await using var c = await SimulatorClient.StartAsync(new MistSimulatorOptions { Seed = 8 });

        Assert.Equal(a.Tokens, b.Tokens);
        Assert.Equal(a.Seed.Devices, b.Seed.Devices);
        Assert.Equal(a.Seed.Sites, b.Seed.Sites);
        Assert.NotEqual(a.Tokens.Admin, c.Tokens.Admin);
        Assert.NotEqual(a.OrgId, c.OrgId);
    }
}

using Microsoft.Extensions.Time.Testing;

namespace Mist.Simulator.Tests;

/// <summary>Seeded wireless clients and WLANs: stats by site and AP, the searches, and clients following a restarted AP.</summary>
public sealed class WirelessClientTests
{
    private static MistSimulatorOptions Wireless() => new() { Seeding = new SeedOptions { Wireless = true, ClientsPerAp = 4 } };

    [Fact]
    public async Task Clients_are_seeded_on_connected_aps_with_ssids_of_the_sites_wlans()
    {
        await using var sim = await SimulatorClient.StartAsync(Wireless());
        var site = sim.Seed.Sites[0].Id;
        var stats = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/clients?limit=1000")).AsArray();
        var derived = (await sim.GetJsonAsync($"api/v1/sites/{site}/wlans/derived")).AsArray().Select(w => (string)w!["ssid"]!).ToList();
        var own = (await sim.GetJsonAsync($"api/v1/sites/{site}/wlans")).AsArray();
        var client = stats[0]!;
        var one = await sim.GetJsonAsync($"api/v1/sites/{site}/stats/clients/{((string)client["mac"]!).ToUpperInvariant()}");
        var byAp = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices/{client["ap_id"]}/clients")).AsArray();

        Assert.NotEmpty(stats);
        Assert.All(stats, c => Assert.Contains((string)c!["ssid"]!, derived));
        Assert.True(derived.Count > own.Count || sim.Seed.Sites.Count(s => s.OrgId == sim.OrgId) > 1);
        Assert.Equal((string?)client["mac"], (string?)one["mac"]);
        Assert.InRange((double)one["rssi"]!, -90, -30);
        Assert.NotNull(one["snr"]);
        Assert.All(byAp, c => Assert.Equal((string?)client["ap_id"], (string?)c!["ap_id"]));
    }

    [Fact]
    public async Task An_aps_num_clients_in_device_stats_is_the_clients_its_client_stats_list()
    {
        await using var sim = await SimulatorClient.StartAsync(Wireless());
        var site = sim.Seed.Sites[0].Id;
        var aps = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices?type=ap&limit=1000")).AsArray();
        var org = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats/devices?type=ap&limit=1000")).AsArray();

        Assert.Contains(aps, ap => (int)ap!["num_clients"]! > 0);
        foreach (var ap in aps)
        {
            var id = (string)ap!["id"]!;
            var clients = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices/{id}/clients")).AsArray();
            var one = await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices/{id}");
            var inOrg = org.Single(d => (string?)d!["id"] == id)!;
            Assert.Equal(clients.Count, (int)ap["num_clients"]!);
            Assert.Equal(clients.Count, (int)one["num_clients"]!);
            Assert.Equal(clients.Count, (int)inOrg["num_clients"]!);
            if (ap["radio_stat"] is { } radios)
            {
                Assert.Equal(clients.Count, (int)radios["band_24"]!["num_clients"]! + (int)radios["band_5"]!["num_clients"]!);
            }
        }
    }

    [Fact]
    public async Task Roaming_clients_move_to_another_ap_of_their_site_as_simulated_time_passes_the_same_way_for_a_seed()
    {
        var start = new DateTimeOffset(2026, 11, 30, 12, 1, 0, TimeSpan.Zero);
        MistSimulatorOptions Roaming(TimeProvider time) => new()
        {
            TimeProvider = time,
            Seeding = new SeedOptions { Orgs = 1, SitesPerOrg = 2, DevicesPerSite = 8, Wireless = true, ClientsPerAp = 3, RoamsPerTick = 6 },
        };
        var time = new FakeTimeProvider(start);
        var twinTime = new FakeTimeProvider(start);
        await using var sim = await SimulatorClient.StartAsync(Roaming(time));
        await using var twin = await SimulatorClient.StartAsync(Roaming(twinTime));

        var before = await PositionsAsync(sim);
        time.Advance(TimeSpan.FromMinutes(1));
        var sameTick = await PositionsAsync(sim);
        time.Advance(TimeSpan.FromMinutes(5));
        var after = await PositionsAsync(sim);
        twinTime.Advance(TimeSpan.FromMinutes(6));
        var twinAfter = await PositionsAsync(twin);

        Assert.Equal(before, sameTick);
        var moved = before.Keys.Where(mac => after[mac].Ap != before[mac].Ap).ToList();
        Assert.InRange(moved.Count, 1, 6);
        Assert.All(moved, mac => Assert.Equal(before[mac].Site, after[mac].Site));
        Assert.Equal(after, twinAfter);

        var mac = moved[0];
        var site = after[mac].Site;
        var stats = await sim.GetJsonAsync($"api/v1/sites/{site}/stats/clients/{mac}");
        var events = (await sim.GetJsonAsync($"api/v1/sites/{site}/clients/{mac}/events?duration=1h"))["results"]!.AsArray();
        var newAp = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices/{stats["ap_id"]}"));
        var onNewAp = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/devices/{stats["ap_id"]}/clients")).AsArray();
        Assert.Equal(after[mac].Ap, (string?)stats["ap_mac"]);
        Assert.Contains(onNewAp, c => (string?)c!["mac"] == mac);
        Assert.Equal(onNewAp.Count, (int)newAp["num_clients"]!);
        var roam = Assert.Single(events, e => (string?)e!["type"] == "CLIENT_REASSOCIATION")!;
        Assert.Equal(after[mac].Ap, (string?)roam["ap"]);
    }

    private static async Task<Dictionary<string, (string Site, string Ap)>> PositionsAsync(SimulatorClient sim)
    {
        var clients = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/clients/search?limit=1000"))["results"]!.AsArray();
        return clients.ToDictionary(c => (string)c!["mac"]!, c => ((string)c!["site_id"]!, (string)c["last_ap"]!));
    }

    [Fact]
    public async Task The_org_search_finds_a_client_by_mac_ip_hostname_username_and_pages_with_a_cursor()
    {
        await using var sim = await SimulatorClient.StartAsync(Wireless());
        var search = $"api/v1/orgs/{sim.OrgId}/clients/search";
        var all = (await sim.GetJsonAsync($"{search}?limit=1000"))["results"]!.AsArray();
        var known = all.First(c => c!["username"] is not null)!;
        var mac = (string)known["mac"]!;
        var upper = mac.ToUpperInvariant();

        var byMac = (await sim.GetJsonAsync($"{search}?mac={upper}"))["results"]!.AsArray();
        var byIp = (await sim.GetJsonAsync($"{search}?ip={known["last_ip"]}"))["results"]!.AsArray();
        var byHost = (await sim.GetJsonAsync($"{search}?hostname={known["last_hostname"]}"))["results"]!.AsArray();
        var byUser = (await sim.GetJsonAsync($"{search}?username={known["last_username"]}"))["results"]!.AsArray();
        var byText = (await sim.GetJsonAsync($"{search}?text={known["last_username"]}"))["results"]!.AsArray();
        var band5 = (await sim.GetJsonAsync($"{search}?band=5&limit=1000"))["results"]!.AsArray();
        var paged = new List<string>();
        string? next = $"{search}?limit=7";
        while (next is not null)
        {
            var page = await sim.GetJsonAsync(next.TrimStart('/'));
            paged.AddRange(page["results"]!.AsArray().Select(c => (string)c!["mac"]!));
            next = (string?)page["next"];
        }

        var (bad, _) = await sim.SendJsonAsync(HttpMethod.Get, $"{search}?band=7", null);

        Assert.All([byMac, byIp, byHost, byUser, byText], r => Assert.Equal(mac, (string?)Assert.Single(r)!["mac"]));
        Assert.All(band5, c => Assert.Equal("5", (string?)c!["band"]));
        Assert.Equal(all.Select(c => (string)c!["mac"]!), paged);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
    }

    [Fact]
    public async Task Restarting_an_ap_moves_its_clients_to_another_ap_with_client_events()
    {
        await using var sim = await SimulatorClient.StartAsync(Wireless());
        var site = sim.Seed.Sites.First(s => s.OrgId == sim.OrgId).Id;
        var before = (await sim.GetJsonAsync($"api/v1/sites/{site}/stats/clients?limit=1000")).AsArray();
        var client = before[0]!;
        var (mac, apId) = ((string)client["mac"]!, (string)client["ap_id"]!);
        var apCount = before.Select(c => (string)c!["ap_id"]!).Distinct().Count();

        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{site}/devices/{apId}/restart", "{}");
        var after = await sim.GetJsonAsync($"api/v1/sites/{site}/stats/clients/{mac}");
        var events = (await sim.GetJsonAsync($"api/v1/sites/{site}/clients/{mac}/events?duration=1h"))["results"]!.AsArray();
        await ActivityTests.ControlAsync(sim, (string)after["ap_id"]!, connected: false);
        var (gone, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{site}/stats/clients/{mac}", null);

        if (apCount > 1) Assert.NotEqual(apId, (string?)after["ap_id"]);
        Assert.Equal(["CLIENT_DISASSOCIATION", "CLIENT_ASSOCIATION"], events.Select(e => (string)e!["type"]!).TakeLast(2));
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }
}

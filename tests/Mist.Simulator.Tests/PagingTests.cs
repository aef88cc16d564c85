namespace Mist.Simulator.Tests;

public sealed class PagingTests
{
    private static readonly MistSimulatorOptions s_options = new()
    {
        Seeding = new SeedOptions { Orgs = 1, SitesPerOrg = 13, DevicesPerSite = 5, UnassignedDevicesPerOrg = 4 },
    };

    [Fact]
    public async Task Inventory_pages_cover_every_device_once_with_page_headers()
    {
        await using var sim = await SimulatorClient.StartAsync(s_options);
        var macs = new List<string>();
        for (var page = 1; ; page++)
        {
            using var response = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/inventory?type=all&limit=7&page={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("7", response.Headers.GetValues("X-Page-Limit").Single());
            Assert.Equal(page.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Page-Page").Single());
            Assert.Equal("69", response.Headers.GetValues("X-Page-Total").Single());
            var items = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
            macs.AddRange(items.Select(i => (string)i!["mac"]!));
            if (page * 7 >= 69)
            {
                Assert.Equal(69 - (page - 1) * 7, items.Count);
                break;
            }

            Assert.Equal(7, items.Count);
        }

        Assert.Equal(69, macs.Count);
        Assert.Equal(69, macs.Distinct().Count());
        Assert.All(macs, mac => Assert.Matches("^[0-9a-f]{12}$", mac));
    }

    [Fact]
    public async Task Limit_defaults_to_100_and_is_capped_at_1000()
    {
        await using var sim = await SimulatorClient.StartAsync(s_options);

        using var byDefault = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/sites");
        using var capped = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/sites?limit=5000");

        Assert.Equal("100", byDefault.Headers.GetValues("X-Page-Limit").Single());
        Assert.Equal("1", byDefault.Headers.GetValues("X-Page-Page").Single());
        Assert.Equal("1000", capped.Headers.GetValues("X-Page-Limit").Single());
        Assert.Equal("13", capped.Headers.GetValues("X-Page-Total").Single());
    }

    [Theory]
    [InlineData("sites/search?limit=3", 13)]
    [InlineData("sites/search?limit=4&sort=-name", 13)]
    [InlineData("devices/search?limit=6&type=ap", -1)]
    [InlineData("devices/search?limit=5&type=switch&sort=-timestamp", -1)]
    public async Task Search_next_links_walk_every_result_once(string query, int expectedTotal)
    {
        await using var sim = await SimulatorClient.StartAsync(s_options);
        var ids = new List<string>();
        string? next = $"/api/v1/orgs/{sim.OrgId}/{query}";
        long total = -1;
        var pages = 0;
        while (next is not null)
        {
            Assert.StartsWith("/api/v1/orgs/", next, StringComparison.Ordinal);
            var envelope = await sim.GetJsonAsync(next);
            total = (long)envelope["total"]!;
            var results = envelope["results"]!.AsArray();
            ids.AddRange(results.Select(r => (string)(r!["id"] ?? r["mac"])!));
            next = (string?)envelope["next"];
            Assert.Equal(next is null, ids.Count == total);
            pages++;
        }

        if (expectedTotal >= 0) Assert.Equal(expectedTotal, total);
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(pages > 1 || total <= 6);
    }

    [Fact]
    public async Task Device_search_defaults_to_aps_and_sorts_in_order()
    {
        await using var sim = await SimulatorClient.StartAsync(s_options);

        var envelope = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/devices/search?limit=1000&sort=mac");

        var results = envelope["results"]!.AsArray();
        Assert.All(results, r => Assert.Equal("ap", (string?)r!["type"]));
        var macs = results.Select(r => (string)r!["mac"]!).ToList();
        Assert.Equal(macs.Order(StringComparer.Ordinal), macs);
        Assert.Null(envelope["next"]);
        Assert.Equal(macs.Count, (int)envelope["total"]!);
    }

    [Fact]
    public async Task Site_device_list_defaults_to_aps_and_accepts_all()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Seeding = new SeedOptions { DevicesPerSite = 40 } });
        var siteId = sim.Seed.Sites[0].Id;

        var aps = (await sim.GetJsonAsync($"api/v1/sites/{siteId}/devices")).AsArray();
        var all = (await sim.GetJsonAsync($"api/v1/sites/{siteId}/devices?type=all")).AsArray();

        Assert.All(aps, d => Assert.Equal("ap", (string?)d!["type"]));
        Assert.Equal(40, all.Count);
        Assert.Contains(all, d => (string?)d!["type"] != "ap");
        Assert.All(all, d => Assert.Equal("00000000-0000-0000-1000-" + (string?)d!["mac"], (string?)d!["id"]));
    }

    [Theory]
    [InlineData("mac")]
    [InlineData("-serial")]
    [InlineData("name")]
    public async Task Inventory_search_pages_by_search_after_cursor_as_the_live_API_does(string sort)
    {
        await using var sim = await SimulatorClient.StartAsync(s_options);

        var seen = new List<string>();
        long? total = null;
        var url = $"api/v1/orgs/{sim.OrgId}/inventory/search?type=ap&limit=7&sort={sort}";
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 100, "the next links did not end");
            var page = await sim.GetJsonAsync(url);
            Assert.Null(page["page"]);
            Assert.Equal(7, (int)page["limit"]!);
            total ??= (long)page["total"]!;
            seen.AddRange(page["results"]!.AsArray().Select(r => (string)r!["mac"]!));
            url = (string?)page["next"] is { } next ? next.TrimStart('/') : null;
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Inventory_search_ignores_the_page_number_the_live_API_dropped()
    {
        await using var sim = await SimulatorClient.StartAsync(s_options);

        var first = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory/search?type=ap&limit=10&page=1");
        var second = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory/search?type=ap&limit=10&page=2");

        Assert.Equal(first["results"]!.ToJsonString(), second["results"]!.ToJsonString());
        Assert.DoesNotContain("page=", (string)first["next"]!, StringComparison.Ordinal);
    }
}

using System.Text.Json;

namespace Mist.Mcp.Tests;

public sealed class ReadToolTests
{
    [Fact]
    public async Task Whoami_names_the_token_its_org_and_says_it_runs_on_the_simulator_read_only()
    {
        await using var mcp = await McpHarness.StartAsync();

        var me = await mcp.CallOkAsync("whoami");

        Assert.True(me.GetProperty("simulator").GetBoolean());
        Assert.False(me.GetProperty("writes_enabled").GetBoolean());
        Assert.Contains("simulator", me.GetProperty("note").GetString(), StringComparison.Ordinal);
        var org = Assert.Single(me.GetProperty("orgs").EnumerateArray());
        Assert.Equal(mcp.Seed.PrimaryOrgId, org.GetProperty("id").GetString());
        Assert.Equal(mcp.Seed.Orgs[0].Name, org.GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_orgs_and_get_org_match_the_seed()
    {
        await using var mcp = await McpHarness.StartAsync(token: t => t.Msp);

        var orgs = await mcp.CallOkAsync("list_orgs");
        var ids = orgs.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(mcp.Seed.Orgs.Select(o => o.Id).Order(), ids.Order());

        var org = await mcp.CallOkAsync("get_org", new() { ["org"] = mcp.Seed.Orgs[1].Name });
        Assert.Equal(mcp.Seed.Orgs[1].Id, org.GetProperty("id").GetString());
        Assert.Equal(mcp.Seed.Orgs[1].SiteCount, org.GetProperty("stats").GetProperty("num_sites").GetInt32());
    }

    [Fact]
    public async Task Without_org_a_token_reaching_several_orgs_gets_an_error_listing_them()
    {
        await using var mcp = await McpHarness.StartAsync(token: t => t.Msp);

        var error = await mcp.CallErrorAsync("list_sites");

        Assert.All(mcp.Seed.Orgs, o => Assert.Contains(o.Id, error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_sites_pages_with_a_cursor_through_every_site_in_compact_form()
    {
        await using var mcp = await McpHarness.StartAsync();
        var expected = mcp.Seed.Sites.Where(s => s.OrgId == mcp.Seed.PrimaryOrgId).Select(s => s.Id).Order().ToList();

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await mcp.CallOkAsync("list_sites", new() { ["limit"] = 2, ["cursor"] = cursor });
            pages++;
            Assert.True(page.GetProperty("count").GetInt32() <= 2);
            Assert.Equal(expected.Count, page.GetProperty("total").GetInt64());
            foreach (var site in page.GetProperty("items").EnumerateArray())
            {
                seen.Add(site.GetProperty("id").GetString()!);
                Assert.All(site.EnumerateObject(), p => Assert.Contains(p.Name, new[] { "id", "name", "address", "country_code", "timezone" }));
            }

            cursor = page.TryGetProperty("next_cursor", out var next) ? next.GetString() : null;
        }
        while (cursor is not null);

        Assert.Equal(expected, seen.Order());
        Assert.Equal((expected.Count + 1) / 2, pages);
    }

    [Fact]
    public async Task Fields_asks_for_more_or_fewer_fields()
    {
        await using var mcp = await McpHarness.StartAsync();

        var all = await mcp.CallOkAsync("list_sites", new() { ["fields"] = "*", ["limit"] = 1 });
        var one = await mcp.CallOkAsync("list_sites", new() { ["fields"] = "name", ["limit"] = 1 });

        Assert.True(all.GetProperty("items")[0].TryGetProperty("org_id", out _));
        Assert.Equal(["name"], one.GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_cursor_cannot_continue_a_list_with_other_arguments_and_limit_is_bounded()
    {
        await using var mcp = await McpHarness.StartAsync(token: t => t.Msp);
        var first = await mcp.CallOkAsync("list_sites", new() { ["org"] = mcp.Seed.Orgs[0].Id, ["limit"] = 1 });
        var cursor = first.GetProperty("next_cursor").GetString();

        var other = await mcp.CallErrorAsync("list_sites", new() { ["org"] = mcp.Seed.Orgs[1].Id, ["cursor"] = cursor });
        var tooMany = await mcp.CallErrorAsync("list_sites", new() { ["org"] = mcp.Seed.Orgs[0].Id, ["limit"] = 201 });
        var foreign = await mcp.CallErrorAsync("list_inventory", new() { ["org"] = mcp.Seed.Orgs[0].Id, ["cursor"] = cursor });

        Assert.Contains("different arguments", other, StringComparison.Ordinal);
        Assert.Contains("200", tooMany, StringComparison.Ordinal);
        Assert.Contains("not a cursor of list_inventory", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_site_finds_a_site_by_id_and_by_exact_name()
    {
        await using var mcp = await McpHarness.StartAsync();
        var seeded = mcp.Seed.Sites[0];

        var byId = await mcp.CallOkAsync("get_site", new() { ["site"] = seeded.Id });
        var byName = await mcp.CallOkAsync("get_site", new() { ["site"] = seeded.Name });

        Assert.Equal(seeded.Name, byId.GetProperty("name").GetString());
        Assert.Equal(seeded.Id, byName.GetProperty("id").GetString());
        var missing = await mcp.CallErrorAsync("get_site", new() { ["site"] = "No Such Site" });
        Assert.Contains("No site named 'No Such Site'", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_devices_filters_by_site_type_mac_and_name()
    {
        await using var mcp = await McpHarness.StartAsync();
        var site = mcp.Seed.Sites[0];
        var onSite = mcp.Seed.Devices.Where(d => d.SiteId == site.Id).ToList();
        var target = onSite[0];

        var bySite = await mcp.CallOkAsync("list_devices", new() { ["site"] = site.Name, ["limit"] = 200 });
        var aps = await mcp.CallOkAsync("list_devices", new() { ["type"] = "ap", ["limit"] = 200 });
        var byMac = await mcp.CallOkAsync("list_devices", new() { ["mac"] = target.Mac.ToUpperInvariant() });
        var byName = await mcp.CallOkAsync("list_devices", new() { ["name"] = target.Name });

        Assert.Equal(onSite.Select(d => d.Mac).Order(), Macs(bySite).Order());
        Assert.All(aps.GetProperty("items").EnumerateArray(), d => Assert.Equal("ap", d.GetProperty("type").GetString()));
        Assert.Equal([target.Mac], Macs(byMac));
        Assert.Contains(target.Mac, Macs(byName));
        Assert.DoesNotContain(Macs(aps), m => mcp.Seed.Devices.Single(d => d.Mac == m).SiteId is null);
        var bad = await mcp.CallErrorAsync("list_devices", new() { ["type"] = "router" });
        Assert.Contains("'type' must be one of", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_device_finds_a_device_by_id_mac_serial_and_name()
    {
        await using var mcp = await McpHarness.StartAsync();
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null);

        foreach (var query in new[] { device.Id, device.Mac, string.Join(':', device.Mac.Chunk(2).Select(c => new string(c))), device.Serial, device.Name })
        {
            var found = await mcp.CallOkAsync("get_device", new() { ["device"] = query });
            Assert.Equal(device.Mac, found.GetProperty("mac").GetString());
            Assert.Equal(device.SiteId, found.GetProperty("site_id").GetString());
        }
    }

    [Fact]
    public async Task Get_device_of_an_unassigned_device_returns_its_inventory_record()
    {
        await using var mcp = await McpHarness.StartAsync();
        var device = mcp.Seed.Devices.First(d => d.SiteId is null && d.OrgId == mcp.Seed.PrimaryOrgId);

        var found = await mcp.CallOkAsync("get_device", new() { ["device"] = device.Serial });

        Assert.Equal(device.Mac, found.GetProperty("mac").GetString());
        Assert.False(found.GetProperty("assigned").GetBoolean());
    }

    [Fact]
    public async Task Claim_codes_are_returned_only_when_the_magic_field_is_named()
    {
        await using var mcp = await McpHarness.StartAsync();
        var device = mcp.Seed.Devices.First(d => d.SiteId is null && d.OrgId == mcp.Seed.PrimaryOrgId);
        var code = device.ClaimCode.Replace("-", "", StringComparison.Ordinal);

        var viewed = await mcp.CallOkAsync("get_device", new() { ["device"] = device.Mac });
        var everything = await mcp.CallOkAsync("list_inventory", new() { ["limit"] = 200, ["fields"] = "*" });
        var named = await mcp.CallOkAsync("list_inventory", new() { ["limit"] = 200, ["fields"] = "mac,magic" });

        Assert.DoesNotContain(code, viewed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(code, everything.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"magic\"", everything.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(code, named.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_inventory_includes_unassigned_devices_and_can_leave_them_out()
    {
        await using var mcp = await McpHarness.StartAsync();
        var org = mcp.Seed.Orgs[0];

        var all = await mcp.CallOkAsync("list_inventory", new() { ["limit"] = 200 });
        var assigned = await mcp.CallOkAsync("list_inventory", new() { ["limit"] = 200, ["unassigned"] = false });

        Assert.Equal(org.DeviceCount, all.GetProperty("total").GetInt64());
        Assert.Contains(all.GetProperty("items").EnumerateArray(), d => !d.TryGetProperty("site_id", out _));
        Assert.All(assigned.GetProperty("items").EnumerateArray(), d => Assert.True(d.TryGetProperty("site_id", out _)));
    }

    [Fact]
    public async Task Api_get_returns_an_object_as_body_and_a_list_one_page_at_a_time()
    {
        await using var mcp = await McpHarness.StartAsync();

        var self = await mcp.CallOkAsync("api_get", new() { ["path"] = "self" });
        var sites = await mcp.CallOkAsync("api_get", new() { ["path"] = $"/api/v1/orgs/{mcp.Seed.PrimaryOrgId}/sites", ["limit"] = 2 });
        var rest = await mcp.CallOkAsync("api_get", new() { ["path"] = $"/api/v1/orgs/{mcp.Seed.PrimaryOrgId}/sites", ["limit"] = 2, ["cursor"] = sites.GetProperty("next_cursor").GetString() });

        Assert.Equal(200, self.GetProperty("status").GetInt32());
        Assert.True(self.GetProperty("body").TryGetProperty("privileges", out _));
        Assert.Equal(2, sites.GetProperty("count").GetInt32());
        Assert.Equal(mcp.Seed.Orgs[0].SiteCount - 2, rest.GetProperty("count").GetInt32());
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
        var absolute = await mcp.CallErrorAsync("api_get", new() { ["path"] = "https://example.com/api/v1/self" });
        Assert.Contains("absolute", absolute, StringComparison.Ordinal);
    }

    private static List<string> Macs(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("mac").GetString()!)];
}

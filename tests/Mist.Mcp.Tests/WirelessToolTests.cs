namespace Mist.Mcp.Tests;

/// <summary>The client, event and alarm tools against a simulator seeded with wireless clients, events and alarms.</summary>
public sealed class WirelessToolTests
{
    private static Task<McpHarness> StartAsync(bool allowWrites = false) =>
        McpHarness.StartAsync(allowWrites, simulator: o => o.Seeding.Wireless = true);

    [Fact]
    public async Task A_client_connected_on_a_site_is_found_org_wide_by_its_mac_in_any_notation()
    {
        await using var mcp = await StartAsync();
        var site = mcp.Seed.Sites.First(s => s.OrgId == mcp.Seed.PrimaryOrgId);

        var connected = await mcp.CallOkAsync("list_site_clients", new() { ["site"] = site.Name, ["limit"] = 200 });
        var client = connected.GetProperty("items").EnumerateArray().First();
        var mac = client.GetProperty("mac").GetString()!;
        var colons = string.Join(':', Enumerable.Range(0, 6).Select(i => mac.Substring(i * 2, 2))).ToUpperInvariant();
        var found = await mcp.CallOkAsync("search_clients", new() { ["mac"] = colons, ["duration"] = "1d" });
        var onSsid = await mcp.CallOkAsync("list_site_clients", new() { ["site"] = site.Id, ["ssid"] = client.GetProperty("ssid").GetString(), ["limit"] = 200 });

        Assert.True(connected.GetProperty("count").GetInt32() > 0);
        var hit = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(mac, hit.GetProperty("mac").GetString());
        Assert.Equal(site.Id, hit.GetProperty("site_id").GetString());
        Assert.All(onSsid.GetProperty("items").EnumerateArray(), c => Assert.Equal(client.GetProperty("ssid").GetString(), c.GetProperty("ssid").GetString()));
    }

    [Fact]
    public async Task A_restart_shows_in_the_sites_events_and_a_device_down_alarm_can_be_acknowledged()
    {
        await using var mcp = await StartAsync(allowWrites: true);
        var ap = mcp.Seed.Devices.First(d => d.SiteId is not null && d.Type == "ap");
        await mcp.CallOkAsync("restart_device", new() { ["device"] = ap.Mac, ["confirm"] = ap.Mac });

        var events = await mcp.CallOkAsync("search_events", new() { ["site"] = ap.SiteId, ["device"] = ap.Mac, ["duration"] = "1h", ["limit"] = 200 });
        var alarms = await mcp.CallOkAsync("search_alarms", new() { ["acked"] = false, ["duration"] = "7d", ["limit"] = 200 });
        var alarm = alarms.GetProperty("items").EnumerateArray().First(a => a.GetProperty("type").GetString() == "device_down");
        var alarmSite = alarm.GetProperty("site_id").GetString();
        var acked = await mcp.CallOkAsync("ack_alarms", new() { ["site"] = alarmSite, ["alarm_ids"] = new[] { alarm.GetProperty("id").GetString() }, ["note"] = "ticket 42" });
        var after = await mcp.CallOkAsync("search_alarms", new() { ["site"] = alarmSite, ["acked"] = true, ["duration"] = "7d", ["limit"] = 200 });

        Assert.Contains(events.GetProperty("items").EnumerateArray(), e => e.GetProperty("type").GetString() == "AP_RESTART_BY_USER");
        Assert.Equal("acknowledged", acked.GetProperty("done").GetString());
        Assert.Contains(after.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alarm.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("search_clients", "duration", "2 hours", "duration")]
    [InlineData("search_clients", "duration", "90d", "31 days")]
    [InlineData("search_clients", "mac", "not-a-mac", "not a MAC address")]
    [InlineData("search_clients", "band", "2.4", "band")]
    [InlineData("search_alarms", "severity", "high", "severity")]
    [InlineData("search_events", "start", 1700000000L, "start and end go together")]
    public async Task Bad_search_arguments_are_refused_before_anything_is_sent(string tool, string name, object value, string message)
    {
        await using var mcp = await StartAsync();
        await mcp.CallOkAsync("whoami");
        var before = mcp.Simulator.Counters.Total;

        var error = await mcp.CallErrorAsync(tool, new() { [name] = value });

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(before, mcp.Simulator.Counters.Total);
    }

    [Fact]
    public async Task An_alarm_id_that_is_not_a_uuid_is_refused_and_nothing_is_acknowledged()
    {
        await using var mcp = await StartAsync(allowWrites: true);
        var before = mcp.Simulator.Counters.Writes;

        var error = await mcp.CallErrorAsync("ack_alarms", new() { ["alarm_ids"] = new[] { "not-an-id-but-thirty-six-characters!" } });

        Assert.Contains("is not an alarm id", error, StringComparison.Ordinal);
        Assert.Equal(before, mcp.Simulator.Counters.Writes);
    }
}

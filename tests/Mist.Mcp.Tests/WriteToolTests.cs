namespace Mist.Mcp.Tests;

/// <summary>Every write tool against the simulator, confirming through the <c>confirm</c> argument (the client here has no elicitation).</summary>
public sealed class WriteToolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_update_and_delete_a_site()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);

        var created = await mcp.CallOkAsync("create_site", new() { ["name"] = "Lab", ["timezone"] = "Europe/Paris", ["country"] = "fr" });
        var id = Guid.Parse(created.GetProperty("id").GetString()!);
        Assert.Equal("FR", (await mcp.Check.Sites.GetAsync(id, Ct)).CountryCode);

        var noted = await mcp.CallOkAsync("update_site", new() { ["site"] = "Lab", ["notes"] = "second floor" });
        Assert.Equal("second floor", noted.GetProperty("notes").GetString());

        var renamed = await mcp.CallOkAsync("update_site", new() { ["site"] = id.ToString(), ["name"] = "Lab 2", ["confirm"] = "Lab" });
        Assert.Equal("Lab 2", renamed.GetProperty("name").GetString());
        Assert.Equal("Lab 2", (await mcp.Check.Sites.GetAsync(id, Ct)).Name);

        var deleted = await mcp.CallOkAsync("delete_site", new() { ["site"] = "Lab 2", ["confirm"] = id.ToString() });
        Assert.Equal("deleted", deleted.GetProperty("done").GetString());
        await Assert.ThrowsAsync<MistNotFoundException>(() => mcp.Check.Sites.GetAsync(id, Ct));
    }

    [Fact]
    public async Task Claim_assign_unassign_and_release_devices()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var code = mcp.Seed.UnclaimedCodes[0];
        var site = mcp.Seed.Sites[0];

        var claim = await mcp.CallOkAsync("claim_devices", new() { ["codes"] = new[] { code, mcp.Seed.ClaimedCodes[0] } });
        var added = Assert.Single(claim.GetProperty("added").EnumerateArray());
        Assert.Single(claim.GetProperty("duplicated").EnumerateArray());
        var mac = added.GetProperty("mac").GetString()!;

        var assign = await mcp.CallOkAsync("assign_devices", new() { ["macs"] = new[] { mac }, ["site"] = site.Name });
        Assert.True(assign.GetProperty("complete").GetBoolean());
        Assert.Equal(Guid.Parse(site.Id), (await Inventory(mcp, mac)).SiteId);

        var unassign = await mcp.CallOkAsync("unassign_devices", new() { ["macs"] = new[] { mac }, ["confirm"] = mac.ToUpperInvariant() });
        Assert.Equal([mac], unassign.GetProperty("succeeded").EnumerateArray().Select(e => e.GetString()));
        Assert.Null((await Inventory(mcp, mac)).SiteId);

        await mcp.CallOkAsync("release_devices", new() { ["macs"] = new[] { mac }, ["confirm"] = mac });
        Assert.Empty(await mcp.Check.Inventory.ListAsync(mcp.OrgId, new InventoryListOptions { Mac = mac }).ToListAsync(Ct));
    }

    [Fact]
    public async Task Assigning_a_device_that_is_on_another_site_fails_unless_reassign_is_confirmed()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var device = mcp.Seed.Devices.First(d => d.SiteId == mcp.Seed.Sites[0].Id);
        var other = mcp.Seed.Sites[1];

        var refused = await mcp.CallOkAsync("assign_devices", new() { ["macs"] = new[] { device.Mac }, ["site"] = other.Id });
        Assert.False(refused.GetProperty("complete").GetBoolean());
        Assert.Equal(device.SiteId, (await Inventory(mcp, device.Mac)).SiteId?.ToString());

        var unconfirmed = await mcp.CallErrorAsync("assign_devices", new() { ["macs"] = new[] { device.Mac }, ["site"] = other.Id, ["reassign"] = true });
        Assert.Contains("confirm", unconfirmed, StringComparison.Ordinal);

        await mcp.CallOkAsync("assign_devices", new() { ["macs"] = new[] { device.Mac }, ["site"] = other.Id, ["reassign"] = true, ["confirm"] = device.Mac });
        Assert.Equal(other.Id, (await Inventory(mcp, device.Mac)).SiteId?.ToString());
    }

    [Fact]
    public async Task Update_restart_locate_and_unlocate_a_device()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null && d.Type == "ap");
        var siteId = Guid.Parse(device.SiteId!);
        var deviceId = Guid.Parse(device.Id);

        var noted = await mcp.CallOkAsync("update_device", new() { ["device"] = device.Mac, ["notes"] = "behind the desk" });
        Assert.Equal("behind the desk", noted.GetProperty("notes").GetString());
        await mcp.CallOkAsync("update_device", new() { ["device"] = device.Serial, ["name"] = "AP-renamed", ["confirm"] = device.Name });
        Assert.Equal("AP-renamed", (await mcp.Check.Devices.GetAsync(siteId, deviceId, Ct)).Name);

        var restarted = await mcp.CallOkAsync("restart_device", new() { ["device"] = device.Mac, ["confirm"] = device.Serial });
        Assert.Equal("restarted", restarted.GetProperty("done").GetString());
        Assert.Equal(1, mcp.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/restart"));

        await mcp.CallOkAsync("locate_device", new() { ["device"] = device.Mac });
        await mcp.CallOkAsync("unlocate_device", new() { ["device"] = device.Mac });
        Assert.Equal(1, mcp.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/locate"));
        Assert.Equal(1, mcp.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/unlocate"));
    }

    [Fact]
    public async Task A_device_on_no_site_cannot_be_restarted()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var device = mcp.Seed.Devices.First(d => d.SiteId is null && d.OrgId == mcp.Seed.PrimaryOrgId);

        var error = await mcp.CallErrorAsync("restart_device", new() { ["device"] = device.Mac, ["confirm"] = device.Mac });

        Assert.Contains("not assigned to a site", error, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
    }

    private static async Task<InventoryItem> Inventory(McpHarness mcp, string mac) =>
        Assert.Single(await mcp.Check.Inventory.ListAsync(mcp.OrgId, new InventoryListOptions { Mac = mac }).ToListAsync(Ct));
}

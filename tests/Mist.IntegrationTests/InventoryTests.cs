namespace Mist.IntegrationTests;

public class InventoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_with_filters()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var orgDevices = sim.Seed.Devices.Where(d => d.OrgId == sim.Seed.PrimaryOrgId).ToList();

        var all = await ToListAsync(sim.Admin.Inventory.ListAsync(sim.OrgId));
        var aps = await ToListAsync(sim.Admin.Inventory.ListAsync(sim.OrgId, new InventoryListOptions { Type = DeviceType.AccessPoint }));
        var assignedOnly = await ToListAsync(sim.Admin.Inventory.ListAsync(sim.OrgId, new InventoryListOptions { Unassigned = false }));

        Assert.Equal(orgDevices.Select(d => d.Mac).Order(), all.Select(d => d.Mac).Order());
        Assert.All(aps, d => Assert.Equal(DeviceType.AccessPoint, d.Type));
        Assert.Equal(orgDevices.Count(d => d.Type == "ap"), aps.Count);
        Assert.Equal(orgDevices.Count(d => d.SiteId is not null), assignedOnly.Count);
    }

    [Fact]
    public async Task Claim_reports_each_code_added_duplicated_or_refused_with_the_reason()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var fresh = sim.Seed.UnclaimedCodes[0];
        var owned = sim.Seed.ClaimedCodes[0];
        var others = sim.Seed.OtherOrgCodes[0];

        var result = await sim.Admin.Inventory.ClaimAsync(sim.OrgId, [fresh, owned, others, "NOT-A-CODE"], Ct);

        Assert.Equal([fresh], result.Added);
        Assert.Equal([owned], result.Duplicated);
        Assert.Equal([others, "NOT-A-CODE"], result.Error);
        Assert.Equal(2, result.Reason.Count);
        var added = Assert.Single(result.Outcomes, o => o.Status == ClaimStatus.Added);
        Assert.NotNull(added.Device?.Mac);
        Assert.All(result.Outcomes.Where(o => o.Status == ClaimStatus.Error), o => Assert.False(string.IsNullOrEmpty(o.Reason)));

        // A claim with nothing valid is a 400 carrying the same body: still a result, not an exception.
        var none = await sim.Admin.Inventory.ClaimAsync(sim.OrgId, ["BAD-1", "BAD-2"], Ct);
        Assert.Empty(none.Added);
        Assert.Equal(2, none.Error.Count);
    }

    [Fact]
    public async Task Claimed_devices_are_assigned_unassigned_and_released()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var claim = await sim.Admin.Inventory.ClaimAsync(sim.OrgId, [sim.Seed.UnclaimedCodes[1]], Ct);
        var mac = claim.InventoryAdded[0].Mac!;
        var siteId = Guid.Parse(sim.Seed.Sites[0].Id);
        var otherSite = Guid.Parse(sim.Seed.Sites[1].Id);

        var assigned = await sim.Admin.Inventory.AssignAsync(sim.OrgId, siteId, [mac.ToUpperInvariant()], cancellationToken: Ct);
        var refused = await sim.Admin.Inventory.AssignAsync(sim.OrgId, otherSite, [mac], noReassign: true, Ct);
        var device = Assert.Single(await sim.Admin.Devices.FindAsync(sim.OrgId, mac, Ct));
        var unassigned = await sim.Admin.Inventory.UnassignAsync(sim.OrgId, [mac], Ct);
        var released = await sim.Admin.Inventory.ReleaseAsync(sim.OrgId, [mac], Ct);

        Assert.Equal([mac], assigned.Success);
        Assert.True(assigned.IsComplete);
        Assert.False(refused.IsComplete);
        Assert.Equal(mac, Assert.Single(refused.Outcomes).Device);
        Assert.False(string.IsNullOrEmpty(refused.Outcomes[0].Reason));
        Assert.Equal(siteId, device.SiteId);
        Assert.Equal([mac], unassigned.Success);
        Assert.True(released.IsComplete);
        Assert.Empty(await sim.Admin.Devices.FindAsync(sim.OrgId, mac, Ct));
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

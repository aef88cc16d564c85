namespace Mist.IntegrationTests;

public class SelfAndOrgTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Whoami_usage_and_reachable_orgs_come_from_the_real_paths()
    {
        await using var sim = await SimulatorScope.StartAsync();

        var self = await sim.Admin.Self.GetAsync(Ct);
        var orgs = await sim.Admin.Self.ListOrgsAsync(Ct);
        var usage = await sim.Admin.Self.GetUsageAsync(Ct);

        Assert.Contains(self.Privileges, p => p.Scope == "org" && p.OrgId == sim.OrgId && p.Role == "admin");
        var org = Assert.Single(orgs);
        Assert.Equal(sim.OrgId, org.Id);
        Assert.Equal(sim.Seed.Orgs[0].Name, org.Name);
        Assert.Equal("admin", org.Role);
        Assert.Equal(5000, usage.RequestLimit);
        Assert.Equal(3, usage.Requests);
        Assert.Equal(1, sim.Simulator.Counters.Get("GET", "/api/v1/self/usage"));
    }

    [Fact]
    public async Task An_msp_token_reaches_every_org_of_its_msp()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var client = sim.Client(sim.Simulator.Tokens.Msp);

        var orgs = await client.Self.ListOrgsAsync(Ct);

        Assert.Equal(sim.Seed.Orgs.Select(o => Guid.Parse(o.Id)).Order(), orgs.Select(o => o.Id).Order());
        Assert.All(orgs, o => Assert.Equal("msp", o.Scope));
        var mspOrgs = await client.Orgs.ListMspOrgsAsync(Guid.Parse(sim.Seed.MspId), Ct);
        Assert.Equal(orgs.Count, mspOrgs.Count);
    }

    [Fact]
    public async Task Org_and_its_stats()
    {
        await using var sim = await SimulatorScope.StartAsync();

        var org = await sim.Admin.Orgs.GetAsync(sim.OrgId, Ct);
        var stats = await sim.Admin.Orgs.GetStatsAsync(sim.OrgId, Ct);

        Assert.Equal(sim.Seed.Orgs[0].Name, org.Name);
        Assert.NotNull(org.CreatedTime);
        Assert.Equal(sim.Seed.Orgs[0].SiteCount, stats.NumSites);
    }

    [Fact]
    public async Task Another_orgs_token_is_forbidden_and_a_bad_token_is_unauthenticated()
    {
        await using var sim = await SimulatorScope.StartAsync();

        var forbidden = await Assert.ThrowsAsync<MistForbiddenException>(() => sim.Client(sim.Simulator.Tokens.OtherOrg).Orgs.GetAsync(sim.OrgId, Ct));
        var unauthenticated = await Assert.ThrowsAsync<MistAuthenticationException>(() => sim.Client("not-a-real-token").Self.GetAsync(Ct));

        Assert.Equal("You do not have permission to perform this action.", forbidden.Detail);
        Assert.Equal(401, unauthenticated.Status);
        Assert.NotNull(unauthenticated.Detail);
    }
}

namespace Mist.Simulator.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Self_lists_the_admin_privilege_of_the_primary_org()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var self = await sim.GetJsonAsync("api/v1/self");

        Assert.Equal("admin@example.com", (string?)self["email"]);
        var privilege = Assert.Single(self["privileges"]!.AsArray())!;
        Assert.Equal("org", (string?)privilege["scope"]);
        Assert.Equal("admin", (string?)privilege["role"]);
        Assert.Equal(sim.OrgId, (string?)privilege["org_id"]);
    }
}

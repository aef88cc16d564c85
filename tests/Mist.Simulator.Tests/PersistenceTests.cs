namespace Mist.Simulator.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mist-sim-").FullName;

    private string StatePath => Path.Combine(_directory, "state.db");

    [Fact]
    public async Task State_survives_a_restart()
    {
        string siteId;
        SeededTokens tokens;
        await using (var first = await SimulatorClient.StartAsync(new MistSimulatorOptions { StatePath = StatePath }))
        {
            var (_, site) = await first.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{first.OrgId}/sites", """{"name":"Persisted"}""");
            siteId = (string)site!["id"]!;
            tokens = first.Tokens;
        }

        await using var second = await SimulatorClient.StartAsync(new MistSimulatorOptions { StatePath = StatePath, Seed = 99 });

        Assert.Equal(tokens, second.Tokens);
        Assert.Equal("Persisted", (string?)(await second.GetJsonAsync($"api/v1/sites/{siteId}"))["name"]);
    }

    [Fact]
    public async Task Two_simulators_share_one_state_file()
    {
        await using var a = await SimulatorClient.StartAsync(new MistSimulatorOptions { StatePath = StatePath });
        await using var b = await SimulatorClient.StartAsync(new MistSimulatorOptions { StatePath = StatePath });

        var (_, site) = await a.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{a.OrgId}/sites", """{"name":"Shared"}""");
        var seenByB = await b.GetJsonAsync($"api/v1/sites/{site!["id"]}");
        var creates = Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{a.OrgId}/sites", $$"""{"name":"Concurrent {{i}}"}"""));
        var results = await Task.WhenAll(creates);
        using var deleted = await b.SendAsync(HttpMethod.Delete, $"api/v1/sites/{site["id"]}", b.Tokens.Admin);
        var (afterDelete, _) = await a.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{site["id"]}", null);

        Assert.Equal(a.Tokens, b.Tokens);
        Assert.Equal("Shared", (string?)seenByB["name"]);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete);
        using var list = await a.GetAsync($"api/v1/orgs/{a.OrgId}/sites");
        Assert.Equal((new SeedOptions().SitesPerOrg + 20).ToString(System.Globalization.CultureInfo.InvariantCulture), list.Headers.GetValues("X-Page-Total").Single());
    }

    [Fact]
    public async Task Reset_returns_to_the_seeded_state()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { StatePath = StatePath });
        var site = sim.Seed.Sites[0];
        await sim.SendAsync(HttpMethod.Delete, $"api/v1/sites/{site.Id}", sim.Tokens.Admin);

        using var reset = await sim.Http.PostAsync("__sim/reset", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(site.Name, (string?)(await sim.GetJsonAsync($"api/v1/sites/{site.Id}"))["name"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

namespace Mist.Simulator.Tests;

public sealed class FaultTests
{
    private static readonly FaultOptions s_mixed = new() { FiveXxRate = 0.3, RateLimitRate = 0.2, Seed = 42 };

    [Fact]
    public async Task The_same_seed_gives_the_same_faults()
    {
        var first = await StatusesAsync(s_mixed);
        var second = await StatusesAsync(s_mixed);
        var otherSeed = await StatusesAsync(s_mixed with { Seed = 43 });

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Contains(first, s => s >= 500);
        Assert.Contains(429, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task Faults_change_at_run_time_through_the_control_endpoint()
    {
        await using var sim = await SimulatorClient.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("api/v1/self")).StatusCode);

        using var set = await sim.Http.PutAsync("__sim/faults", new StringContent("""{"five_xx_rate":1,"seed":3}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var failed = await sim.GetAsync("api/v1/self");
        sim.Simulator.SetFaults(FaultOptions.None);
        using var healed = await sim.GetAsync("api/v1/self");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.True((int)failed.StatusCode >= 500, failed.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, healed.StatusCode);
    }

    [Theory]
    [InlineData(null, "1")]
    [InlineData(30, "30")]
    public async Task Injected_429_carries_a_short_configurable_retry_after(int? seconds, string expected)
    {
        var faults = seconds is { } s ? new FaultOptions { RateLimitRate = 1, RateLimitRetryAfterSeconds = s } : new FaultOptions { RateLimitRate = 1 };
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Faults = faults });

        using var response = await sim.GetAsync("api/v1/self");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(expected, response.Headers.GetValues("Retry-After").Single());
        Assert.Contains("5000 API Calls per hour", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_reset_aborts_the_request()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Faults = new FaultOptions { ConnectionResetRate = 1 } });

        await Assert.ThrowsAsync<HttpRequestException>(() => sim.GetAsync("api/v1/self"));
    }

    [Fact]
    public async Task Slow_body_still_delivers_the_whole_body()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Faults = new FaultOptions { SlowBodyRate = 1, SlowBodyChunkDelayMs = 1 } });

        var sites = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/sites");

        Assert.Equal(new SeedOptions().SitesPerOrg, sites.AsArray().Count);
    }

    [Fact]
    public async Task Control_endpoints_are_not_subject_to_faults_or_auth()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Faults = new FaultOptions { FiveXxRate = 1 } });

        using var seed = await sim.Http.GetAsync("__sim/seed", TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await seed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, seed.StatusCode);
        Assert.Equal(sim.Tokens.Admin, (string?)body["tokens"]!["admin"]);
        Assert.Equal(sim.OrgId, (string?)body["summary"]!["orgs"]![0]!["id"]);
    }

    private static async Task<List<int>> StatusesAsync(FaultOptions faults)
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Faults = faults, RateLimitPerHour = 1000 });
        var statuses = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await sim.GetAsync("api/v1/self");
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}

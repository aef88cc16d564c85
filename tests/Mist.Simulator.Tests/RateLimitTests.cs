using Microsoft.Extensions.Time.Testing;

namespace Mist.Simulator.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Token_over_its_hourly_budget_gets_429_with_retry_after_until_the_top_of_the_hour()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 59, 15, TimeSpan.Zero));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { RateLimitPerHour = 3, TimeProvider = time });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("api/v1/self")).StatusCode);
        }

        using var limited = await sim.GetAsync("api/v1/self");
        var body = JsonNode.Parse(await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        using var otherToken = await sim.GetAsync("api/v1/self", sim.Tokens.ReadOnly);
        time.Advance(TimeSpan.FromSeconds(45));
        using var nextHour = await sim.GetAsync("api/v1/self");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("45", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal("Too Many Request. The API Token used for the request reached the 5000 API Calls per hour threshold", (string?)body["detail"]);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nextHour.StatusCode);
    }

    [Fact]
    public async Task Usage_counts_the_calls_of_the_current_hour()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });
        await sim.GetAsync("api/v1/self");
        await sim.GetAsync($"api/v1/orgs/{sim.OrgId}");

        var usage = await sim.GetJsonAsync("api/v1/self/usage");
        time.Advance(TimeSpan.FromHours(1));
        var later = await sim.GetJsonAsync("api/v1/self/usage");

        Assert.Equal(5000, (int)usage["request_limit"]!);
        Assert.Equal(3, (int)usage["requests"]!);
        Assert.Equal(3600, (double)usage["seconds"]!);
        Assert.Equal(1, (int)later["requests"]!);
    }
}

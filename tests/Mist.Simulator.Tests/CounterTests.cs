namespace Mist.Simulator.Tests;

public sealed class CounterTests
{
    [Fact]
    public async Task Counters_record_each_request_by_method_and_route()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites[0];

        await sim.GetAsync($"api/v1/sites/{site.Id}");
        await sim.GetAsync($"api/v1/sites/{sim.Seed.Sites[1].Id}");
        await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{site.Id}", """{"notes":"n"}""");
        await sim.GetAsync("api/v1/unknown");

        var counters = sim.Simulator.Counters;
        Assert.Equal(4, counters.Total);
        Assert.Equal(1, counters.Writes);
        Assert.Equal(2, counters.Get("GET", "/api/v1/sites/{site_id}"));
        Assert.Equal(1, counters.Get("PUT", "/api/v1/sites/{site_id}"));
        Assert.Equal(1, counters.Get("GET", "/api/v1/unknown"));

        using var response = await sim.Http.GetAsync("__sim/counters", TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(4, (int)body["total"]!);
        Assert.Equal(2, (int)body["routes"]!["GET /api/v1/sites/{site_id}"]!);

        using var reset = await sim.Http.PostAsync("__sim/counters/reset", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(0, counters.Total);
        Assert.Equal(0, counters.Writes);
    }
}

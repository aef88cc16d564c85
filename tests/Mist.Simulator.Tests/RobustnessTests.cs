using System.Text;

namespace Mist.Simulator.Tests;

/// <summary>Hostile and heavy traffic: every request is answered, and nothing crashes the simulator.</summary>
public class RobustnessTests
{
    [Fact]
    public async Task A_thousand_concurrent_requests_are_all_answered()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var paths = new[] { "api/v1/self", $"api/v1/orgs/{sim.OrgId}/sites", $"api/v1/orgs/{sim.OrgId}/inventory?limit=5", "api/v1/nope" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            using var response = await sim.GetAsync(paths[i % paths.Length], sim.Tokens.Admin);
            return response.StatusCode;
        }));

        Assert.Equal(750, responses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(250, responses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(1000, sim.Simulator.Counters.Total);
        using var after = await sim.GetAsync("api/v1/self", sim.Tokens.Admin);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1,2")]
    [InlineData("\"unterminated")]
    [InlineData("{\"name\": nul}")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("{\"name\":\"\\ud800\"}")]
    [InlineData("<xml/>")]
    public async Task Garbage_bodies_get_400_with_a_detail_and_the_simulator_keeps_serving(string body)
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, json) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sites", body, sim.Tokens.Admin);
        using var after = await sim.GetAsync("api/v1/self", sim.Tokens.Admin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrEmpty(json?["detail"]?.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused_not_crashed_on()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var nested = new StringBuilder().Insert(0, "{\"a\":", 5000).Append('1').Append('}', 5000).ToString();

        var (status, _) = await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{sim.Seed.Sites[0].Id}", nested, sim.Tokens.Admin);
        using var after = await sim.GetAsync("api/v1/self", sim.Tokens.Admin);

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, status.ToString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Huge_query_strings_and_odd_paths_are_answered()
    {
        await using var sim = await SimulatorClient.StartAsync();

        using var longQuery = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/sites?limit=" + new string('9', 4000), sim.Tokens.Admin);
        using var badPage = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/sites?page=-1", sim.Tokens.Admin);
        using var dots = await sim.GetAsync("api/v1/orgs/%2e%2e/sites", sim.Tokens.Admin);

        Assert.Equal(HttpStatusCode.BadRequest, longQuery.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.True(dots.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, dots.StatusCode.ToString());
    }
}

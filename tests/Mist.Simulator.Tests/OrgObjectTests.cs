namespace Mist.Simulator.Tests;

/// <summary>The org objects a site refers to by id (templates, policies, site groups): create, and a paged list per kind.</summary>
public sealed class OrgObjectTests
{
    [Theory]
    [InlineData("rftemplates")]
    [InlineData("sitegroups")]
    [InlineData("secpolicies")]
    public async Task Created_objects_list_per_kind_with_page_headers(string kind)
    {
        await using var sim = await SimulatorClient.StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (status, body) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/{kind}", $"{{\"name\":\"{kind}-{i}\"}}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(sim.OrgId, (string?)body!["org_id"]);
            ids.Add((string)body["id"]!);
        }

        using var page = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/{kind}?limit=2&page=2");
        var items = JsonNode.Parse(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        var other = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/aptemplates");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("3", page.Headers.GetValues("X-Page-Total").Single());
        Assert.Equal([ids[2]], items.Select(i => (string)i!["id"]!));
        Assert.Empty(other.AsArray());
    }

    [Fact]
    public async Task A_create_without_a_name_is_400()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sitegroups", "{\"name\":5}");
        var (missing, _) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sitegroups", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("name", (string?)body!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing);
    }
}

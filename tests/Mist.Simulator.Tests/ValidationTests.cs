namespace Mist.Simulator.Tests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData("""{"timezone":"UTC"}""", "name is required")]
    [InlineData("""{"name":""}""", "invalid name: may not be blank")]
    [InlineData("""{"name":5}""", "invalid name: a string is expected")]
    [InlineData("""{"name":"HQ","timezone":"Mars/Olympus_Mons"}""", "invalid timezone: Mars/Olympus_Mons")]
    [InlineData("""{"name":"HQ","country_code":"XX"}""", "invalid country_code: XX")]
    [InlineData("""{"name":"HQ","latlng":{"lat":91,"lng":0}}""", "invalid lat")]
    [InlineData("""{"name":"HQ","latlng":"here"}""", "invalid latlng")]
    [InlineData("""{"name":"HQ",""", "JSON parse error")]
    [InlineData("""["HQ"]""", "invalid request body: a JSON object is expected")]
    public async Task Invalid_site_is_400_with_a_detail(string json, string detail)
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sites", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(detail, (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_returns_200_with_server_fields_and_keeps_unknown_fields()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 12, 0, 0, 500, TimeSpan.Zero));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });

        var (status, site) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sites",
            """{"name":"HQ","timezone":"Europe/Paris","country_code":"FR","latlng":{"lat":48.85,"lng":2.35},"custom_field":{"a":1}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(Guid.TryParse((string?)site!["id"], out _));
        Assert.Equal(sim.OrgId, (string?)site["org_id"]);
        Assert.Equal(1768478400.5, (double)site["created_time"]!);
        Assert.Equal(60, (int)site["tzoffset"]!);
        Assert.Equal(1, (int)site["custom_field"]!["a"]!);

        var fetched = await sim.GetJsonAsync($"api/v1/sites/{site["id"]}");
        Assert.True(JsonNode.DeepEquals(site, fetched));
    }

    [Fact]
    public async Task Put_merges_the_top_level_and_updates_modified_time()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });
        var siteId = sim.Seed.Sites[0].Id;
        var before = await sim.GetJsonAsync($"api/v1/sites/{siteId}");
        time.Advance(TimeSpan.FromSeconds(90));

        var (status, after) = await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{siteId}", """{"notes":"new","id":"ignored","extra":true}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("new", (string?)after!["notes"]);
        Assert.Equal((string?)before["name"], (string?)after["name"]);
        Assert.Equal(siteId, (string?)after["id"]);
        Assert.True((bool)after["extra"]!);
        Assert.Equal((double)before["created_time"]!, (double)after["created_time"]!);
        Assert.Equal(time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0, (double)after["modified_time"]!);
        Assert.NotEqual((double)before["modified_time"]!, (double)after["modified_time"]!);
    }

    [Fact]
    public async Task Delete_is_200_with_an_empty_body_and_unassigns_the_sites_devices()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites[1];
        var device = sim.Seed.Devices.First(d => d.SiteId == site.Id);

        using var response = await sim.SendAsync(HttpMethod.Delete, $"api/v1/sites/{site.Id}", sim.Tokens.Admin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, (await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{site.Id}", null)).Status);
        var item = Assert.Single((await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?mac={device.Mac}")).AsArray())!;
        Assert.Null(item["site_id"]);
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { MaxRequestBodyBytes = 4096 });
        var json = $$"""{"name":"HQ","notes":"{{new string('x', 8000)}}"}""";

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sites", json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("Request body is too large.", (string?)body!["detail"]);
    }

    [Theory]
    [InlineData("limit=abc", "invalid limit")]
    [InlineData("page=0", "invalid page")]
    [InlineData("type=router", "invalid type")]
    [InlineData("mac=5c:5b:35:00:00:01", "invalid mac")]
    [InlineData("unassigned=maybe", "invalid unassigned")]
    public async Task Bad_query_parameters_are_400(string query, string detail)
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}/inventory?{query}", null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(detail, (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Countries_include_france()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var countries = await sim.GetJsonAsync("api/v1/const/countries");

        var france = countries.AsArray().Single(c => (string?)c!["alpha2"] == "FR")!;
        Assert.Equal(250, (int)france["numeric"]!);
        Assert.Equal("France", (string?)france["name"]);
    }
}

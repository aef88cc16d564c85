namespace Mist.Simulator.Tests.Conformance;

public sealed class BodyConformanceTests
{
    /// <summary>
    /// Fields Mist returns that the 2509 schema omits, each shown by the spec's own example for that response:
    /// <c>total</c> in OrgInventorySearchExample and <c>type</c> in DevicesSearchAp.
    /// </summary>
    private static readonly Dictionary<string, string[]> s_exampleOnlyFields = new()
    {
        ["inventory_search"] = ["total"],
        ["ap_search"] = ["type"],
    };

    public static TheoryData<string, string, string> Gets => new()
    {
        { "/api/v1/self", "/api/v1/self", "admin" },
        { "/api/v1/self/usage", "/api/v1/self/usage", "admin" },
        { "/api/v1/msps/{msp_id}/orgs", "/api/v1/msps/{msp_id}/orgs", "msp" },
        { "/api/v1/orgs/{org_id}", "/api/v1/orgs/{org_id}", "admin" },
        { "/api/v1/orgs/{org_id}/stats", "/api/v1/orgs/{org_id}/stats", "admin" },
        { "/api/v1/orgs/{org_id}/sites", "/api/v1/orgs/{org_id}/sites", "admin" },
        { "/api/v1/orgs/{org_id}/sites/search", "/api/v1/orgs/{org_id}/sites/search?limit=2", "admin" },
        { "/api/v1/sites/{site_id}", "/api/v1/sites/{site_id}", "admin" },
        { "/api/v1/sites/{site_id}/setting", "/api/v1/sites/{site_id}/setting", "admin" },
        { "/api/v1/orgs/{org_id}/devices", "/api/v1/orgs/{org_id}/devices", "admin" },
        { "/api/v1/orgs/{org_id}/devices/search", "/api/v1/orgs/{org_id}/devices/search?limit=3", "admin" },
        { "/api/v1/orgs/{org_id}/devices/search", "/api/v1/orgs/{org_id}/devices/search?type=switch", "admin" },
        { "/api/v1/orgs/{org_id}/devices/search", "/api/v1/orgs/{org_id}/devices/search?type=gateway", "admin" },
        { "/api/v1/orgs/{org_id}/stats/devices", "/api/v1/orgs/{org_id}/stats/devices?type=all&limit=1000", "admin" },
        { "/api/v1/sites/{site_id}/devices", "/api/v1/sites/{site_id}/devices?type=all", "admin" },
        { "/api/v1/sites/{site_id}/devices/search", "/api/v1/sites/{site_id}/devices/search?type=ap", "admin" },
        { "/api/v1/sites/{site_id}/devices/{device_id}", "/api/v1/sites/{site_id}/devices/{device_id}", "admin" },
        { "/api/v1/sites/{site_id}/stats/devices", "/api/v1/sites/{site_id}/stats/devices?type=all", "admin" },
        { "/api/v1/sites/{site_id}/stats/devices/{device_id}", "/api/v1/sites/{site_id}/stats/devices/{device_id}", "admin" },
        { "/api/v1/orgs/{org_id}/inventory", "/api/v1/orgs/{org_id}/inventory?limit=1000", "admin" },
        { "/api/v1/orgs/{org_id}/inventory/search", "/api/v1/orgs/{org_id}/inventory/search?type=switch", "admin" },
        { "/api/v1/const/countries", "/api/v1/const/countries", "admin" },
        { "/api/v1/self", "/api/v1/self", "write" },
    };

    [Theory]
    [MemberData(nameof(Gets))]
    public async Task Get_bodies_match_the_spec_response_schema(string specPath, string path, string token)
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Seeding = new SeedOptions { DevicesPerSite = 30 } });
        var device = sim.Seed.Devices.First(d => d.SiteId == sim.Seed.Sites[0].Id);
        var url = path.Replace("{org_id}", sim.OrgId, StringComparison.Ordinal)
            .Replace("{msp_id}", sim.Seed.MspId, StringComparison.Ordinal)
            .Replace("{site_id}", sim.Seed.Sites[0].Id, StringComparison.Ordinal)
            .Replace("{device_id}", device.Id, StringComparison.Ordinal);

        var body = await sim.GetJsonAsync(url, token == "msp" ? sim.Tokens.Msp : token == "write" ? sim.Tokens.Write : sim.Tokens.Admin);

        AssertConforms(body, MistSpec.ResponseSchema(specPath, "get"));
        if (body is JsonArray array) Assert.NotEmpty(array);
        if (body is JsonObject { } envelope && envelope["results"] is JsonArray results) Assert.NotEmpty(results);
    }

    [Fact]
    public async Task Write_and_error_bodies_match_the_spec_response_schemas()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var inventory = $"api/v1/orgs/{sim.OrgId}/inventory";

        var (_, created) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sites", """{"name":"New","timezone":"Asia/Tokyo","country_code":"JP","latlng":{"lat":35.6,"lng":139.7}}""");
        var (_, claimed) = await sim.SendJsonAsync(HttpMethod.Post, inventory, $"""["{sim.Seed.UnclaimedCodes[0]}","{sim.Seed.ClaimedCodes[0]}","BAD00-BAD00-BAD00"]""");
        var (_, changed) = await sim.SendJsonAsync(HttpMethod.Put, inventory, $$"""{"op":"unassign","macs":["{{sim.Seed.Devices[0].Mac}}","000000000000"]}""");
        var (_, badRequest) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sites", "{}");
        var (_, unauthorized) = await sim.SendJsonAsync(HttpMethod.Get, "api/v1/self", null, SimulatorClient.Anonymous);
        var (_, forbidden) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}", null, sim.Tokens.OtherOrg);

        AssertConforms(created, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/sites", "post"));
        AssertConforms(claimed, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/inventory", "post"));
        AssertConforms(changed, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/inventory", "put"));
        AssertConforms(badRequest, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/sites", "post", "400"));
        AssertConforms(unauthorized, MistSpec.ResponseSchema("/api/v1/self", "get", "401"));
        AssertConforms(forbidden, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}", "get", "403"));
    }

    [Fact]
    public void The_checker_fails_on_drift()
    {
        var site = MistSpec.ResponseSchema("/api/v1/sites/{site_id}", "get");
        var search = MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/devices/search", "get");

        Assert.Empty(SchemaChecker.Check(JsonNode.Parse("""{"name":"ok","latlng":{"lat":1,"lng":2}}"""), site));
        Assert.Contains(SchemaChecker.Check(JsonNode.Parse("""{"name":"x","renamed_field":1}"""), site), e => e.Contains("'renamed_field' is not declared", StringComparison.Ordinal));
        Assert.Contains(SchemaChecker.Check(JsonNode.Parse("""{"notes":"no name"}"""), site), e => e.Contains("required field 'name'", StringComparison.Ordinal));
        Assert.Contains(SchemaChecker.Check(JsonNode.Parse("""{"name":"x","tzoffset":1.5}"""), site), e => e.Contains("integer", StringComparison.Ordinal));
        Assert.Contains(SchemaChecker.Check(JsonNode.Parse("""{"name":null}"""), site), e => e.Contains("not nullable", StringComparison.Ordinal));
        Assert.Contains(SchemaChecker.Check(JsonNode.Parse("""{"results":[{"type":"switch","mac":5}],"start":0,"end":0,"limit":1,"total":1}"""), search), e => e.Contains("mac", StringComparison.Ordinal));
        Assert.NotEmpty(SchemaChecker.Check(JsonNode.Parse("""{"results":[],"start":0,"limit":1,"total":0}"""), search));
    }

    [Fact]
    public async Task Firmware_bodies_match_the_spec_response_schemas()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites[0].Id;
        var ap = sim.Seed.Devices.First(d => d.SiteId == site && d.Type == "ap");

        var versions = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/devices/versions");
        var (_, device) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{site}/devices/{ap.Id}/upgrade", """{"version":"0.14.29633"}""");
        var (_, started) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{site}/devices/upgrade", """{"version":"0.14.29633","strategy":"serial"}""");
        var upgrade = await sim.GetJsonAsync($"api/v1/sites/{site}/devices/upgrade/{(string)started!["upgrade_id"]!}");
        var list = await sim.GetJsonAsync($"api/v1/sites/{site}/devices/upgrade");
        var (_, org) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/devices/upgrade", $$"""{"site_ids":["{{site}}"],"versions":[{"firmware_type":"ap","version":"stable"}],"force":true}""");
        var orgList = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/devices/upgrade");

        AssertConforms(versions, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/devices/versions", "get"));
        AssertConforms(device, MistSpec.ResponseSchema("/api/v1/sites/{site_id}/devices/{device_id}/upgrade", "post"));
        AssertConforms(started, MistSpec.ResponseSchema("/api/v1/sites/{site_id}/devices/upgrade", "post"));
        AssertConforms(upgrade, MistSpec.ResponseSchema("/api/v1/sites/{site_id}/devices/upgrade/{upgrade_id}", "get"));
        AssertConforms(list, MistSpec.ResponseSchema("/api/v1/sites/{site_id}/devices/upgrade", "get"));
        AssertConforms(org, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/devices/upgrade", "post"));
        AssertConforms(orgList, MistSpec.ResponseSchema("/api/v1/orgs/{org_id}/devices/upgrade", "get"));
    }

    private static void AssertConforms(JsonNode? body, JsonObject schema)
    {
        var errors = SchemaChecker.Check(body, schema, s_exampleOnlyFields);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }
}

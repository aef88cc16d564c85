namespace Mist.Simulator.Tests.Collections;

/// <summary>
/// The proof of the spec-driven collections: every collection the spec has runs the whole lifecycle on a body made from
/// its request schema, and refuses a property of the wrong type naming it.
/// </summary>
public sealed class CollectionLifecycleTests
{
    /// <summary>Orgs are first-class records (privileges, sites, inventory): MSP org creation is not served yet.</summary>
    private static readonly HashSet<string> s_notServed = ["/api/v1/msps/{msp_id}/orgs"];

    public static TheoryData<string> Collections => [.. SpecCollections.All.Select(c => c.Path).Where(p => !s_notServed.Contains(p))];

    [Fact]
    public void The_spec_has_58_collections()
    {
        var all = SpecCollections.All;

        Assert.Equal(58, all.Count);
        Assert.Equal(3, all.Count(c => c.Path.StartsWith("/api/v1/msps/", StringComparison.Ordinal)));
        Assert.Equal(15, all.Count(c => c.Path.StartsWith("/api/v1/sites/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Create_get_list_update_delete_follow_the_api(string specPath)
    {
        await using var sim = await SimulatorClient.StartAsync();
        var (path, token) = Concrete(sim, specPath);
        var itemPath = SpecCollections.All.Single(c => c.Path == specPath).ItemPath;
        var body = SchemaBodies.Valid(SchemaBodies.RequestSchema(specPath, "post"))!.AsObject();
        body["id"] = "00000000-0000-0000-0000-000000000000";

        var (created, item) = await sim.SendJsonAsync(HttpMethod.Post, path, body.ToJsonString(), token);
        Assert.True(created == HttpStatusCode.OK, $"POST {path} {body.ToJsonString()}: {(int)created} {item?.ToJsonString()}");
        var id = (string)item!["id"]!;
        Assert.NotEqual("00000000-0000-0000-0000-000000000000", id);
        Assert.NotNull(item["created_time"]);
        Assert.Equal((double)item["created_time"]!, (double)item["modified_time"]!);
        Assert.Equal(path.Split('/')[3], (string?)item[OwnerField(specPath)]);

        var fetched = await sim.GetJsonAsync($"{path}/{id}", token);
        Assert.True(JsonNode.DeepEquals(item, fetched), $"GET differs from the create answer: {fetched.ToJsonString()}");
        var listed = await sim.GetJsonAsync(path, token);
        Assert.Contains(id, listed.AsArray().Select(i => (string?)i!["id"]));

        var (field, value) = Change(SchemaBodies.RequestSchema(itemPath, "put"));
        var change = new JsonObject { [field] = value, ["x_unknown"] = "kept" };
        var (updatedStatus, updated) = await sim.SendJsonAsync(HttpMethod.Put, $"{path}/{id}", change.ToJsonString(), token);
        Assert.True(updatedStatus == HttpStatusCode.OK, $"PUT {path}/{id} {change.ToJsonString()}: {(int)updatedStatus} {updated?.ToJsonString()}");
        var merged = await sim.GetJsonAsync($"{path}/{id}", token);
        Assert.True(JsonNode.DeepEquals(value, merged[field]), $"{field} is {merged[field]?.ToJsonString()}");
        Assert.Equal("kept", (string?)merged["x_unknown"]);
        Assert.All(body.Where(p => p.Key != field && p.Key != "id"), p => Assert.True(JsonNode.DeepEquals(p.Value, merged[p.Key]), $"{p.Key} was not kept"));
        Assert.True(JsonNode.DeepEquals(updated, merged));

        var (deleted, empty) = await sim.SendJsonAsync(HttpMethod.Delete, $"{path}/{id}", null, token);
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.Null(empty);
        var (gone, detail) = await sim.SendJsonAsync(HttpMethod.Get, $"{path}/{id}", null, token);
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.NotNull(detail!["detail"]);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task A_property_of_the_wrong_type_is_refused_naming_it(string specPath)
    {
        await using var sim = await SimulatorClient.StartAsync();
        var (path, token) = Concrete(sim, specPath);
        var schema = SchemaBodies.RequestSchema(specPath, "post");
        var body = SchemaBodies.Valid(schema)!.AsObject();
        var (field, wrong) = SchemaBodies.Settable(schema)
            .Select(p => (p.Name, Wrong: Wrong(p.Schema)))
            .First(p => p.Wrong is not null);
        body[field] = wrong;

        var (status, answer) = await sim.SendJsonAsync(HttpMethod.Post, path, body.ToJsonString(), token);

        Assert.True(status == HttpStatusCode.BadRequest, $"POST {path} {body.ToJsonString()}: {(int)status}");
        Assert.Contains(field, (string?)answer!["detail"], StringComparison.Ordinal);
    }

    /// <summary>The collection's path for the seeded org, its first site or its MSP, and a token that may write there.</summary>
    internal static (string Path, string Token) Concrete(SimulatorClient sim, string specPath)
    {
        var parts = specPath.Split('/');
        var (owner, token) = parts[3] switch
        {
            "orgs" => (sim.OrgId, sim.Tokens.Admin),
            "sites" => (sim.Seed.Sites.First(s => s.OrgId == sim.OrgId).Id, sim.Tokens.Admin),
            _ => (sim.Seed.MspId, sim.Tokens.Msp),
        };
        return ($"api/v1/{parts[3]}/{owner}/{parts[5]}", token);
    }

    private static string OwnerField(string specPath) => specPath.Split('/')[4].Trim('{', '}');

    /// <summary>A top-level field to change and a valid new value for it: a plain string, else a number, a flag or an object.</summary>
    private static (string Field, JsonNode Value) Change(JsonObject schema)
    {
        var settable = SchemaBodies.Settable(schema).ToList();
        foreach (var type in new[] { "string", "integer", "boolean", "object" })
        {
            if (settable.FirstOrDefault(p => (string?)p.Schema["type"] == type && p.Schema["enum"] is null && p.Schema["format"] is null) is { Name: not null } found)
            {
                return (found.Name, type switch { "string" => "changed", "boolean" => false, _ => SchemaBodies.Valid(found.Schema)! });
            }
        }

        throw new InvalidOperationException("no plain top-level field to change");
    }

    private static JsonNode? Wrong(JsonObject schema) => (string?)schema["type"] switch
    {
        "string" or "array" or "object" when schema["anyOf"] is null && schema["oneOf"] is null => 12345,
        "integer" or "number" or "boolean" => "not-a-" + (string?)schema["type"],
        _ => null,
    };
}

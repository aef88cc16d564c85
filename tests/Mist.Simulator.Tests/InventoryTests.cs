namespace Mist.Simulator.Tests;

public sealed class InventoryTests
{
    [Fact]
    public async Task Claim_reports_added_duplicated_and_errors_per_code()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var fresh = sim.Seed.UnclaimedCodes[0];
        var owned = sim.Seed.ClaimedCodes[0];
        var foreign = sim.Seed.OtherOrgCodes[0];

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/inventory", $"""["{fresh}","{owned}","{foreign}","NOPE0-NOPE0-NOPE0"]""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([fresh], Strings(body!["added"]));
        Assert.Equal([owned], Strings(body["duplicated"]));
        Assert.Equal([foreign, "NOPE0-NOPE0-NOPE0"], Strings(body["error"]));
        Assert.Equal(2, body["reason"]!.AsArray().Count);
        Assert.StartsWith($"belongs to another org ('{sim.Seed.OtherOrg.Id}' (other) != '{sim.OrgId}' (you))", (string?)body["reason"]![0], StringComparison.Ordinal);
        var added = Assert.Single(body["inventory_added"]!.AsArray())!;
        Assert.Equal(fresh.Replace("-", "", StringComparison.Ordinal), (string?)added["magic"]);

        var inventory = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?mac={added["mac"]}")).AsArray();
        Assert.Null(Assert.Single(inventory)!["site_id"]);
    }

    [Fact]
    public async Task Claim_with_nothing_valid_is_400_with_the_same_body()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/inventory", $"""["{sim.Seed.OtherOrgCodes[0]}"]""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(body!["added"]!.AsArray());
        Assert.Equal([sim.Seed.OtherOrgCodes[0]], Strings(body["error"]));
    }

    [Fact]
    public async Task Assign_unassign_and_no_reassign()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var device = sim.Seed.Devices.First(d => d.SiteId == sim.Seed.Sites[0].Id);
        var target = sim.Seed.Sites[1].Id;
        var inventory = $"api/v1/orgs/{sim.OrgId}/inventory";

        var (_, refused) = await sim.SendJsonAsync(HttpMethod.Put, inventory, $$"""{"op":"assign","site_id":"{{target}}","macs":["{{device.Mac}}"],"no_reassign":true}""");
        var (_, moved) = await sim.SendJsonAsync(HttpMethod.Put, inventory, $$"""{"op":"assign","site_id":"{{target}}","macs":["{{device.Mac}}","ffffffffffff"]}""");
        var onTarget = await sim.GetJsonAsync($"api/v1/sites/{target}/devices/{device.Id}");
        var (_, unassigned) = await sim.SendJsonAsync(HttpMethod.Put, inventory, $$"""{"op":"unassign","macs":["{{device.Mac.ToUpperInvariant()}}"]}""");

        Assert.Equal("assign", (string?)refused!["op"]);
        Assert.Empty(refused["success"]!.AsArray());
        Assert.Equal([device.Mac], Strings(refused["error"]));
        Assert.Equal([device.Mac], Strings(moved!["success"]));
        Assert.Equal(["ffffffffffff"], Strings(moved["error"]));
        Assert.Single(moved["reason"]!.AsArray());
        Assert.Equal(target, (string?)onTarget["site_id"]);
        Assert.Equal([device.Mac], Strings(unassigned!["success"]));
        Assert.Equal(HttpStatusCode.NotFound, (await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{target}/devices/{device.Id}", null)).Status);
    }

    [Fact]
    public async Task Delete_removes_from_the_org_and_the_code_can_be_claimed_again()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var device = sim.Seed.Devices.First(d => d.SiteId is not null);

        var (status, result) = await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/orgs/{sim.OrgId}/inventory", $$"""{"op":"delete","serials":["{{device.Serial}}"]}""");
        var after = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?mac={device.Mac}")).AsArray();
        var (claimStatus, claim) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/inventory", $"""["{device.ClaimCode}"]""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([device.Serial], Strings(result!["success"]));
        Assert.Empty(after);
        Assert.Equal(HttpStatusCode.OK, claimStatus);
        Assert.Equal([device.ClaimCode], Strings(claim!["added"]));
    }

    [Theory]
    [InlineData("""{"macs":["5c5b35000001"]}""", "op is required")]
    [InlineData("""{"op":"assign","macs":["5c5b35000001"]}""", "site_id is required")]
    [InlineData("""{"op":"unassign","macs":["5c5b3500"]}""", "invalid mac")]
    [InlineData("""{"op":"unassign","macs":"5c5b35000001"}""", "invalid macs")]
    [InlineData("""{"op":"explode","macs":[]}""", "invalid op")]
    public async Task Invalid_inventory_change_is_400(string json, string detail)
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/orgs/{sim.OrgId}/inventory", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(detail, (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unassigned_false_lists_only_assigned_devices()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var all = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?type=all&limit=1000")).AsArray();
        var assigned = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?type=all&limit=1000&unassigned=false")).AsArray();

        Assert.Equal(sim.Seed.Orgs[0].DeviceCount, all.Count);
        Assert.All(assigned, d => Assert.NotNull(d!["site_id"]));
        Assert.Equal(all.Count(d => d!["site_id"] is not null), assigned.Count);
    }

    [Fact]
    public async Task Without_type_the_inventory_lists_aps_only_as_the_live_api_does_and_takes_all_and_comma_lists()
    {
        // Enough devices that the org has every type (about 88% APs, 9% switches, 3% gateways).
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { Seeding = new SeedOptions { DevicesPerSite = 40 } });
        string[] Types(JsonArray items) => [.. items.Select(d => (string)d!["type"]!).Distinct().Order(StringComparer.Ordinal)];

        var unnamed = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?limit=1000")).AsArray();
        var all = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?type=all&limit=1000")).AsArray();
        var two = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?type=switch,gateway&limit=1000")).AsArray();
        var (bad, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}/inventory?type=ap,router", null);

        Assert.Equal(["ap"], Types(unnamed));
        Assert.Equal(["ap", "gateway", "switch"], Types(all));
        Assert.Equal(["gateway", "switch"], Types(two));
        Assert.Equal(all.Count, unnamed.Count + two.Count);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("router", (string?)body!["detail"], StringComparison.Ordinal);
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToArray();
}

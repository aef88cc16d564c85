using Microsoft.Extensions.DependencyInjection;
using Mist.Simulator.Collections;
using Mist.Simulator.State;

namespace Mist.Simulator.Tests.Collections;

/// <summary>What the generic collections share with the rest of the API: privileges, owners, paging, validation wording.</summary>
public sealed class CollectionBehaviourTests
{
    [Fact]
    public async Task A_wrong_type_and_a_missing_required_field_are_named_in_the_detail()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var wlans = $"api/v1/orgs/{sim.OrgId}/wlans";

        var (wrongStatus, wrong) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": 5, "vlan_id": 10}""");
        var (missingStatus, missing) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"enabled": true}""");
        var (nullableStatus, nullable) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": "Corp", "template_id": 5}""");

        Assert.Equal(HttpStatusCode.BadRequest, wrongStatus);
        Assert.Equal("ssid: expected string, got integer", (string?)wrong!["detail"]);
        Assert.Equal(HttpStatusCode.BadRequest, missingStatus);
        Assert.Equal("ssid: this field is required", (string?)missing!["detail"]);
        Assert.Equal(HttpStatusCode.BadRequest, nullableStatus);
        Assert.Equal("template_id: expected string or null, got integer", (string?)nullable!["detail"]);
    }

    [Fact]
    public async Task An_update_needs_no_required_field_takes_null_where_the_spec_allows_it_and_ignores_server_fields()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var (_, wlan) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/wlans", """{"ssid": "Corp", "vlan_id": 10}""");
        var path = $"api/v1/orgs/{sim.OrgId}/wlans/{wlan!["id"]}";

        var (status, updated) = await sim.SendJsonAsync(HttpMethod.Put, path, """{"vlan_id": null, "id": "x", "created_time": 1}""");
        var (nested, detail) = await sim.SendJsonAsync(HttpMethod.Put, path, """{"auth": {"type": 3}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Corp", (string?)updated!["ssid"]);
        Assert.Null(updated["vlan_id"]);
        Assert.Equal((string?)wlan["id"], (string?)updated["id"]);
        Assert.Equal((double)wlan["created_time"]!, (double)updated["created_time"]!);
        Assert.Equal(HttpStatusCode.BadRequest, nested);
        Assert.StartsWith("auth.type: ", (string?)detail!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_admin_lists_but_may_not_write_and_another_org_is_403()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var path = $"api/v1/orgs/{sim.OrgId}/webhooks";

        using var read = await sim.GetAsync(path, sim.Tokens.ReadOnly);
        var (write, _) = await sim.SendJsonAsync(HttpMethod.Post, path, """{"name": "hook"}""", sim.Tokens.ReadOnly);
        var (other, _) = await sim.SendJsonAsync(HttpMethod.Post, path, """{"name": "hook"}""", sim.Tokens.OtherOrg);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write);
        Assert.Equal(HttpStatusCode.Forbidden, other);
    }

    [Fact]
    public async Task An_id_of_another_site_is_404_an_unknown_site_is_404_and_a_site_takes_its_objects_along()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var sites = sim.Seed.Sites.Where(s => s.OrgId == sim.OrgId).Take(2).ToList();
        var (_, zone) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{sites[0].Id}/zones", """{"name": "Lobby"}""");

        var (elsewhere, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{sites[1].Id}/zones/{zone!["id"]}", null);
        var (unknown, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{Guid.NewGuid()}/zones", null);
        var (deleted, _) = await sim.SendJsonAsync(HttpMethod.Delete, $"api/v1/sites/{sites[0].Id}", null);
        var left = sim.Simulator.Services.GetRequiredService<ConfigObjectStore>().All(ConfigCollections.Get("sites", "zones"), sites[0].Id);

        Assert.Equal(sim.OrgId, (string?)zone["org_id"]);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.Empty(left);
    }

    [Fact]
    public async Task A_paged_collection_sends_page_headers_and_an_unpaged_one_the_whole_array()
    {
        await using var sim = await SimulatorClient.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/networks", $$"""{"name": "n{{i}}"}""");
            await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sdktemplates", $$"""{"name": "t{{i}}"}""");
        }

        using var paged = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/networks?limit=2&page=2");
        using var whole = await sim.GetAsync($"api/v1/orgs/{sim.OrgId}/sdktemplates?limit=2");

        Assert.Equal("3", paged.Headers.GetValues("X-Page-Total").Single());
        Assert.Single(JsonNode.Parse(await paged.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray());
        Assert.False(whole.Headers.Contains("X-Page-Total"));
        Assert.Equal(3, JsonNode.Parse(await whole.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray().Count);
    }
}

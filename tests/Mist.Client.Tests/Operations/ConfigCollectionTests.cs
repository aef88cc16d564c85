using System.Net;
using System.Text.Json;
using Mist.Models;

namespace Mist.Tests.Operations;

/// <summary>The typed configuration-object collections: the API's semantics for list, create, get, update and delete.</summary>
public class ConfigCollectionTests
{
    private static readonly Guid s_wlan = Guid.Parse("be22bba7-8e22-e1cf-5185-b880816fe2cf");

    [Fact]
    public async Task CreateAsync_posts_only_the_fields_set_without_the_ones_the_server_owns()
    {
        using var t = new TestClient();
        t.Handler.On("POST", $"/api/v1/orgs/{TestClient.OrgId}/wlans", HttpStatusCode.OK,
            $$"""{"id":"{{s_wlan}}","org_id":"{{TestClient.OrgId}}","ssid":"Guest","enabled":true,"created_time":1700000000,"modified_time":1700000000}""");

        var created = await t.Client.Orgs.Wlans.CreateAsync(
            TestClient.OrgId,
            new Wlan { Ssid = "Guest", Enabled = true, Id = Guid.NewGuid(), OrgId = Guid.NewGuid(), CreatedTime = 1, Auth = new WlanAuth { Type = "open" } },
            TestContext.Current.CancellationToken);

        var sent = t.Handler.SingleRequest;
        RequestAssert.Sent(sent, "POST", $"/api/v1/orgs/{TestClient.OrgId}/wlans");
        Assert.Equal("""{"auth":{"type":"open"},"enabled":true,"ssid":"Guest"}""", Canonical(sent.Body!));
        Assert.Equal(s_wlan, created.Id);
        Assert.Equal(TestClient.OrgId, created.OrgId);
    }

    [Fact]
    public async Task UpdateAsync_puts_only_the_changed_fields_and_returns_the_whole_object()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", $"/api/v1/sites/{TestClient.SiteId}/wlans/{s_wlan}", HttpStatusCode.OK,
            $$"""{"id":"{{s_wlan}}","site_id":"{{TestClient.SiteId}}","org_id":"{{TestClient.OrgId}}","ssid":"Corp","vlan_id":10,"hidden_in_future":"kept"}""");

        var updated = await t.Client.Sites.Wlans.UpdateAsync(TestClient.SiteId, s_wlan, new Wlan { VlanId = 10 }, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "PUT", $"/api/v1/sites/{TestClient.SiteId}/wlans/{s_wlan}");
        Assert.Equal("""{"vlan_id":10}""", t.Handler.SingleRequest.Body);
        Assert.Equal("Corp", updated.Ssid);
        Assert.Equal("kept", updated.AdditionalProperties!["hidden_in_future"].GetString());
    }

    [Fact]
    public async Task An_object_read_is_sent_back_with_its_unknown_fields_but_never_its_id_owner_or_times()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", $"/api/v1/sites/{TestClient.SiteId}/wlans/{s_wlan}", HttpStatusCode.OK, $$"""{"id":"{{s_wlan}}"}""");
        var read = JsonSerializer.Deserialize(
            $$$"""{"id":"{{{s_wlan}}}","site_id":"{{{TestClient.SiteId}}}","org_id":"{{{TestClient.OrgId}}}","ssid":"Corp","created_time":1,"modified_time":2,"future_field":{"a":1}}""",
            WlanJsonContext.Default.Wlan)!;

        await t.Client.Sites.Wlans.UpdateAsync(TestClient.SiteId, s_wlan, read, TestContext.Current.CancellationToken);

        Assert.Equal("""{"future_field":{"a":1},"ssid":"Corp"}""", Canonical(t.Handler.SingleRequest.Body!));
    }

    [Fact]
    public async Task An_update_that_sets_nothing_is_refused_before_anything_is_sent()
    {
        using var t = new TestClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Orgs.Wlans.UpdateAsync(TestClient.OrgId, s_wlan, new Wlan(), TestContext.Current.CancellationToken));

        Assert.Contains("sets no field", error.Message, StringComparison.Ordinal);
        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task ListAsync_pages_with_limit_and_page_until_the_total()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/rftemplates", r => FakeMistHandler.Response(
            HttpStatusCode.OK,
            r.Query("page") == "1" ? """[{"name":"a"},{"name":"b"}]""" : """[{"name":"c"}]""",
            ("X-Page-Limit", "2"), ("X-Page-Page", r.Query("page")!), ("X-Page-Total", "3")));

        var names = new List<string?>();
        await foreach (var page in t.Client.Orgs.RfTemplates.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 2).WithCancellation(TestContext.Current.CancellationToken))
        {
            names.AddRange(page.Values.Select(v => v.Name));
        }

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(["1", "2"], t.Handler.Requests.Select(r => r.Query("page")));
        Assert.All(t.Handler.Requests, r => Assert.Equal("2", r.Query("limit")));
    }

    [Fact]
    public async Task ListAsync_sends_the_filters_the_operation_takes()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/psks", HttpStatusCode.OK, """[{"name":"lobby","ssid":"Guest","passphrase":"s3cret-pass"}]""");

        var psks = await t.Client.Orgs.Psks.ListAsync(TestClient.OrgId, [new("ssid", "Guest")]).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Guest", t.Handler.SingleRequest.Query("ssid"));
        Assert.Equal("lobby", Assert.Single(psks).Name);
    }

    [Fact]
    public void A_filter_the_operation_does_not_take_is_refused_naming_the_ones_it_does()
    {
        using var t = new TestClient();

        var error = Assert.Throws<ArgumentException>(() => t.Client.Orgs.Psks.ListAsync(TestClient.OrgId, [new("colour", "blue")]));

        Assert.Contains("listOrgPsks has no filter 'colour'; it takes name, ssid, role", error.Message, StringComparison.Ordinal);
        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task A_list_the_API_does_not_page_is_one_request()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/apitokens", HttpStatusCode.OK, """[{"name":"ci"},{"name":"backup"}]""");

        var tokens = await t.Client.Orgs.ApiTokens.ListAsync(TestClient.OrgId).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, tokens.Count);
        Assert.Null(t.Handler.SingleRequest.Query("page"));
    }

    [Fact]
    public async Task GetAsync_and_DeleteAsync_address_the_item()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/sites/{TestClient.SiteId}/zones/{s_wlan}", HttpStatusCode.OK, $$"""{"id":"{{s_wlan}}","name":"Lobby"}""");
        t.Handler.On("DELETE", $"/api/v1/sites/{TestClient.SiteId}/zones/{s_wlan}", HttpStatusCode.OK);

        var zone = await t.Client.Sites.Zones.GetAsync(TestClient.SiteId, s_wlan, TestContext.Current.CancellationToken);
        await t.Client.Sites.Zones.DeleteAsync(TestClient.SiteId, s_wlan, TestContext.Current.CancellationToken);

        Assert.Equal("Lobby", zone.Name);
        Assert.Equal(["GET", "DELETE"], t.Handler.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_404_is_a_not_found_exception_with_what_the_API_said()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/webhooks/{s_wlan}", HttpStatusCode.NotFound, """{"detail":"webhook not found"}""");

        var error = await Assert.ThrowsAsync<MistNotFoundException>(() => t.Client.Orgs.Webhooks.GetAsync(TestClient.OrgId, s_wlan, TestContext.Current.CancellationToken));

        Assert.Contains("webhook not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_values_of_another_shape_cost_the_field_not_the_object()
    {
        var wlan = JsonSerializer.Deserialize(
            """{"ssid":"Guest","auth":"psk","acct_servers":{"host":"x"},"bands":"24","vlan_id":"10","rateset":[1,2],"dynamic_vlan":{"vlans":{"10":"a"},"enabled":"maybe"}}""",
            WlanJsonContext.Default.Wlan)!;

        Assert.Equal("Guest", wlan.Ssid);
        Assert.Null(wlan.Auth);
        Assert.Null(wlan.AcctServers);
        Assert.Null(wlan.Bands);
        Assert.Equal("10", wlan.VlanId!.GetValue<string>());
        Assert.NotNull(wlan.DynamicVlan);
        Assert.Null(wlan.DynamicVlan!.Enabled);
    }

    private static string Canonical(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        return new System.Text.Json.Nodes.JsonObject(node.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString();
    }
}

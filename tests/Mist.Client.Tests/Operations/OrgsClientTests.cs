using System.Net;

namespace Mist.Tests.Operations;

public class OrgsClientTests
{
    private static readonly Guid s_msp = Guid.Parse("e0000000-0000-4000-8000-0000000000e0");
    private static readonly Guid s_group = Guid.Parse("90000000-0000-4000-8000-000000000090");

    [Fact]
    public async Task GetAsync_sends_GET_org_and_maps_fields_times_and_unknown_fields()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}", HttpStatusCode.OK, $$$"""
            {"id":"{{{TestClient.OrgId}}}","name":"Acme","msp_id":"{{{s_msp}}}","msp_name":"Partner","allow_mist":true,
             "session_expiry":1440,"orggroup_ids":["{{{s_group}}}"],"created_time":1596588619.007,"modified_time":1596588620,
             "alarmtemplate_id":null,"cert":{"subject":"CN=x","sans":["a","b"]}}
            """);

        var org = await t.Client.Orgs.GetAsync(TestClient.OrgId, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/orgs/{TestClient.OrgId}");
        RequestAssert.NoBody(t.Handler.SingleRequest);
        Assert.Equal(TestClient.OrgId, org.Id);
        Assert.Equal("Acme", org.Name);
        Assert.Equal(s_msp, org.MspId);
        Assert.Equal("Partner", org.MspName);
        Assert.True(org.AllowMist);
        Assert.Equal(1440, org.SessionExpiry);
        Assert.Equal([s_group], org.OrggroupIds!);
        Assert.Equal(1596588619.007, org.CreatedTime);
        Assert.Equal(1596588620, org.ModifiedTime);
        Assert.Equal(2, org.AdditionalProperties!.Count);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, org.AdditionalProperties["alarmtemplate_id"].ValueKind);
        Assert.Equal("""{"subject":"CN=x","sans":["a","b"]}""", org.AdditionalProperties["cert"].GetRawText());
    }

    [Fact]
    public async Task GetStatsAsync_sends_GET_org_stats_and_maps_the_counters()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/stats", HttpStatusCode.OK, $$$"""
            {"id":"{{{TestClient.OrgId}}}","name":"Acme","num_sites":3,"num_devices":12,"num_devices_connected":10,
             "num_devices_disconnected":2,"num_inventory":15,"sle":[{"path":"coverage","user_minutes":{"ok":9,"total":10}}]}
            """);

        var stats = await t.Client.Orgs.GetStatsAsync(TestClient.OrgId, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/orgs/{TestClient.OrgId}/stats");
        Assert.Equal(TestClient.OrgId, stats.Id);
        Assert.Equal("Acme", stats.Name);
        Assert.Equal((3, 12, 10, 2, 15), (stats.NumSites, stats.NumDevices, stats.NumDevicesConnected, stats.NumDevicesDisconnected, stats.NumInventory));
        Assert.Equal("""[{"path":"coverage","user_minutes":{"ok":9,"total":10}}]""", stats.AdditionalProperties!["sle"].GetRawText());
    }

    [Fact]
    public async Task ListMspOrgsAsync_sends_GET_msp_orgs_without_paging_and_maps_each_org()
    {
        using var t = new TestClient();
        var other = Guid.Parse("0b000000-0000-4000-8000-00000000000b");
        t.Handler.On("GET", $"/api/v1/msps/{s_msp}/orgs", HttpStatusCode.OK, $$"""
            [{"id":"{{TestClient.OrgId}}","name":"Acme","msp_id":"{{s_msp}}"},{"id":"{{other}}","name":"Beta","msp_id":"{{s_msp}}","tier":"advanced"}]
            """);

        var orgs = await t.Client.Orgs.ListMspOrgsAsync(s_msp, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/msps/{s_msp}/orgs");
        Assert.Equal([(TestClient.OrgId, "Acme"), (other, "Beta")], orgs.Select(o => (o.Id, o.Name)));
        Assert.All(orgs, o => Assert.Equal(s_msp, o.MspId));
        Assert.Equal("advanced", orgs[1].AdditionalProperties!["tier"].GetString());
    }

    [Fact]
    public async Task GetAsync_maps_404_to_MistNotFoundException()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}", HttpStatusCode.NotFound, """{"id":"org"}""");

        var e = await Assert.ThrowsAsync<MistNotFoundException>(() => t.Client.Orgs.GetAsync(TestClient.OrgId, TestContext.Current.CancellationToken));

        Assert.Equal(404, e.Status);
        Assert.Equal($"/api/v1/orgs/{TestClient.OrgId}", e.Path);
        Assert.Single(t.Handler.Requests);
    }
}

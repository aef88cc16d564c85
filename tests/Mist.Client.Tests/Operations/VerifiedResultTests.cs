using System.Net;

namespace Mist.Tests.Operations;

/// <summary>
/// Trust, then verify: against a server that ignores every filter (it answers any inventory or device list with all
/// it has), a lookup finds nothing rather than another device, and a site's list holds only that site's devices.
/// </summary>
public class VerifiedResultTests
{
    private static readonly Guid s_otherSite = Guid.Parse("9e1b5c6d-0000-4000-8000-000000000002");
    private static readonly string s_mine = $$"""{"id":"{{MacAddress.ToDeviceId("5c5b35000001")}}","mac":"5c5b35000001","serial":"A1","model":"AP45","type":"ap","site_id":"{{TestClient.SiteId}}"}""";
    private static readonly string s_theirs = $$"""{"id":"{{MacAddress.ToDeviceId("5c5b35000002")}}","mac":"5c5b35000002","name":"Core","serial":"B2","model":"EX4100","type":"switch","site_id":"{{s_otherSite}}"}""";
    private static readonly string s_spare = $$"""{"id":"{{MacAddress.ToDeviceId("5c5b35000003")}}","mac":"5c5b35000003","serial":"C3","model":"AP45","type":"ap"}""";

    [Theory]
    [InlineData("5c:5b:35:00:00:09")]
    [InlineData("Z9")]
    [InlineData("00000000-0000-0000-1000-5c5b35000009")]
    public async Task A_lookup_the_server_ignored_finds_nothing(string query)
    {
        using var t = IgnoringFilters();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, query, TestContext.Current.CancellationToken);

        Assert.Empty(found);
    }

    [Fact]
    public async Task A_lookup_keeps_only_the_device_asked_for()
    {
        using var t = IgnoringFilters();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, "5C-5B-35-00-00-02", TestContext.Current.CancellationToken);

        Assert.Equal("B2", Assert.Single(found).Serial);
    }

    [Fact]
    public async Task Lists_keep_only_items_that_fit_the_filters_asked()
    {
        using var t = IgnoringFilters();
        var ct = TestContext.Current.CancellationToken;

        var site = await t.Client.Devices.ListAsync(TestClient.SiteId, new DeviceListOptions { Type = DeviceType.All }).ToListAsync(ct);
        var switches = await t.Client.Devices.ListAsync(s_otherSite, new DeviceListOptions { Type = DeviceType.Switch }).ToListAsync(ct);
        var unassigned = await t.Client.Inventory.ListAsync(TestClient.OrgId, new InventoryListOptions { Unassigned = true }).ToListAsync(ct);
        var onSite = await t.Client.Inventory.ListAsync(TestClient.OrgId, new InventoryListOptions { SiteId = TestClient.SiteId, Type = DeviceType.All }).ToListAsync(ct);
        var byModel = await t.Client.Inventory.ListAsync(TestClient.OrgId, new InventoryListOptions { Model = "ap45", Type = DeviceType.AccessPoint }).ToListAsync(ct);
        var everything = await t.Client.Inventory.ListAsync(TestClient.OrgId).ToListAsync(ct);

        Assert.Equal(["5c5b35000001"], site.Select(d => d.Mac));
        Assert.Equal(["5c5b35000002"], switches.Select(d => d.Mac));
        Assert.Equal(["5c5b35000003"], unassigned.Select(d => d.Mac));
        Assert.Equal(["5c5b35000001"], onSite.Select(d => d.Mac));
        Assert.Equal(["5c5b35000001", "5c5b35000003"], byModel.Select(d => d.Mac));
        Assert.Equal(3, everything.Count);
    }

    private static TestClient IgnoringFilters()
    {
        var t = new TestClient();
        var all = Json.Array([s_mine, s_theirs, s_spare]);
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/inventory", HttpStatusCode.OK, all);
        t.Handler.On("GET", $"/api/v1/sites/{TestClient.SiteId}/devices", HttpStatusCode.OK, all);
        t.Handler.On("GET", $"/api/v1/sites/{s_otherSite}/devices", HttpStatusCode.OK, all);
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/devices", HttpStatusCode.OK, """{"results":[{"mac":"5c5b35000001","name":"Lobby"},{"mac":"5c5b35000002","name":"Z9"}]}""");
        return t;
    }
}

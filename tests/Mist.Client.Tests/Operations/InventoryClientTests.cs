using System.Net;

namespace Mist.Tests.Operations;

public class InventoryClientTests
{
    private static readonly string s_path = $"/api/v1/orgs/{TestClient.OrgId}/inventory";

    [Fact]
    public async Task ListAsync_without_options_asks_for_every_type_with_paging_and_maps_items()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_path, HttpStatusCode.OK, $$$"""
            [{"id":"{{{TestClient.DeviceId}}}","mac":"5c5b35000018","serial":"FXLH2015150025","model":"EX4100","sku":"EX4100-48P","hw_rev":"B",
              "type":"switch","name":"core","magic":"6JG8EPTFV2A9Z2N","site_id":"{{{TestClient.SiteId}}}","org_id":"{{{TestClient.OrgId}}}",
              "deviceprofile_id":null,"connected":true,"adopted":false,"vc_mac":"5c5b35000020","created_time":1596588619.007,
              "modified_time":1596588620,"last_disconnected":1700000000.5,"chassis":{"members":[1,2]}},
             {"mac":"5c5b35000019","type":"ap","site_id":null}]
            """);

        var items = await t.Client.Inventory.ListAsync(TestClient.OrgId).ToListAsync(TestContext.Current.CancellationToken);

        // type=all: the server's own default is APs only since API 2602, and this listing has a switch.
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_path, ("type", "all"), ("limit", "1000"), ("page", "1"));
        RequestAssert.NoBody(t.Handler.SingleRequest);
        Assert.Equal(2, items.Count);
        var i = items[0];
        Assert.Equal((TestClient.DeviceId, "5c5b35000018", "FXLH2015150025", "EX4100", "EX4100-48P", "B"), (i.Id!.Value, i.Mac, i.Serial, i.Model, i.Sku, i.HwRev));
        Assert.Equal(DeviceType.Switch, i.Type);
        Assert.Equal(("core", "6JG8EPTFV2A9Z2N", "5c5b35000020"), (i.Name, i.Magic, i.VcMac));
        Assert.Equal((TestClient.SiteId, TestClient.OrgId), (i.SiteId!.Value, i.OrgId!.Value));
        Assert.Equal((true, false), (i.Connected!.Value, i.Adopted!.Value));
        Assert.Equal((1596588619.007, 1596588620d), (i.CreatedTime!.Value, i.ModifiedTime!.Value));
        Assert.Equal("1700000000.5", i.AdditionalProperties!["last_disconnected"].GetRawText());
        Assert.Equal("""{"members":[1,2]}""", i.AdditionalProperties["chassis"].GetRawText());
        Assert.Null(items[1].SiteId);
        Assert.Null(items[1].Id);
    }

    [Fact]
    public async Task ListAsync_sends_every_filter_with_a_normalised_mac()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_path, HttpStatusCode.OK, "[]");
        var options = new InventoryListOptions
        {
            Type = DeviceType.Gateway,
            Model = "SRX320",
            Mac = "5C5B.3500.0018",
            Serial = "CW1234",
            SiteId = TestClient.SiteId,
            Unassigned = false,
            VirtualChassis = true,
        };

        Assert.Empty(await t.Client.Inventory.ListAsync(TestClient.OrgId, options).ToListAsync(TestContext.Current.CancellationToken));

        RequestAssert.Sent(
            t.Handler.SingleRequest,
            "GET",
            s_path,
            ("type", "gateway"),
            ("model", "SRX320"),
            ("mac", "5c5b35000018"),
            ("serial", "CW1234"),
            ("site_id", TestClient.SiteId.ToString()),
            ("unassigned", "false"),
            ("vc", "true"),
            ("limit", "1000"),
            ("page", "1"));
    }

    [Fact]
    public void ListAsync_with_an_invalid_mac_throws_and_sends_nothing()
    {
        using var t = new TestClient();

        Assert.Throws<ArgumentException>(() => t.Client.Inventory.ListAsync(TestClient.OrgId, new InventoryListOptions { Mac = "not-a-mac" }));

        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task AssignAsync_puts_op_site_normalised_deduped_macs_and_no_reassign()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", s_path, HttpStatusCode.OK, """{"op":"assign","success":["5c5b35000018","5c5b35000019"],"error":[],"reason":[]}""");

        var result = await t.Client.Inventory.AssignAsync(
            TestClient.OrgId,
            TestClient.SiteId,
            ["5C:5B:35:00:00:18", "5c5b.3500.0019", "5c-5b-35-00-00-18"],
            noReassign: true,
            TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "PUT", s_path);
        RequestAssert.Body(t.Handler.SingleRequest, $$"""{"op":"assign","macs":["5c5b35000018","5c5b35000019"],"site_id":"{{TestClient.SiteId}}","no_reassign":true}""");
        Assert.Equal("assign", result.Op);
        Assert.True(result.IsComplete);
        Assert.Equal([new InventoryChangeOutcome("5c5b35000018", true, null), new InventoryChangeOutcome("5c5b35000019", true, null)], result.Outcomes);
    }

    [Fact]
    public async Task AssignAsync_sends_no_reassign_false_by_default()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", s_path, HttpStatusCode.OK, """{"op":"assign","success":["5c5b35000018"],"error":[],"reason":[]}""");

        await t.Client.Inventory.AssignAsync(TestClient.OrgId, TestClient.SiteId, ["5c5b35000018"], cancellationToken: TestContext.Current.CancellationToken);

        RequestAssert.Body(t.Handler.SingleRequest, $$"""{"op":"assign","macs":["5c5b35000018"],"site_id":"{{TestClient.SiteId}}","no_reassign":false}""");
    }

    [Fact]
    public async Task UnassignAsync_puts_op_unassign_with_macs_only()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", s_path, HttpStatusCode.OK, """{"op":"unassign","success":["5c5b35000018"],"error":[],"reason":[]}""");

        var result = await t.Client.Inventory.UnassignAsync(TestClient.OrgId, ["5C5B35000018"], TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "PUT", s_path);
        RequestAssert.Body(t.Handler.SingleRequest, """{"op":"unassign","macs":["5c5b35000018"]}""");
        Assert.Equal(["5c5b35000018"], result.Success);
    }

    [Fact]
    public async Task ReleaseAsync_puts_op_delete_and_reports_partial_errors()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", s_path, HttpStatusCode.OK, """
            {"op":"delete","success":["5c5b35000018"],"error":["5c5b35000019","5c5b35000020"],"reason":["not in inventory","locked"],"job":{"id":1}}
            """);

        var result = await t.Client.Inventory.ReleaseAsync(TestClient.OrgId, ["5c:5b:35:00:00:18", "5c5b35000019", "5c5b35000020"], TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "PUT", s_path);
        RequestAssert.Body(t.Handler.SingleRequest, """{"op":"delete","macs":["5c5b35000018","5c5b35000019","5c5b35000020"]}""");
        Assert.False(result.IsComplete);
        Assert.Equal(
            [
                new InventoryChangeOutcome("5c5b35000018", true, null),
                new InventoryChangeOutcome("5c5b35000019", false, "not in inventory"),
                new InventoryChangeOutcome("5c5b35000020", false, "locked"),
            ],
            result.Outcomes);
        Assert.Equal("""{"id":1}""", result.AdditionalProperties!["job"].GetRawText());
    }

    [Fact]
    public async Task Changes_with_an_invalid_or_no_mac_throw_naming_it_and_send_nothing()
    {
        using var t = new TestClient();
        var ct = TestContext.Current.CancellationToken;

        var e = await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Inventory.AssignAsync(TestClient.OrgId, TestClient.SiteId, ["5c5b35000018", "5c5b3500001"], cancellationToken: ct));
        Assert.Contains("'5c5b3500001'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'5c5b35000018'", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Inventory.UnassignAsync(TestClient.OrgId, ["5c:5b:35-00-00-18"], ct));
        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Inventory.ReleaseAsync(TestClient.OrgId, [], ct));

        Assert.Empty(t.Handler.Requests);
    }
}

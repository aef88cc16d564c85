using System.Net;

namespace Mist.Tests.Operations;

/// <summary><see cref="DevicesClient.FindAsync"/>: each kind of query and exactly the calls it makes.</summary>
public class DevicesClientFindTests
{
    private const string Mac = "5c5b35000018";
    private const string OtherMac = "5c5b35000019";
    private static readonly string s_inventoryPath = $"/api/v1/orgs/{TestClient.OrgId}/inventory";
    private static readonly string s_namesPath = $"/api/v1/orgs/{TestClient.OrgId}/devices";

    [Fact]
    public async Task By_device_id_looks_up_the_embedded_mac_and_keeps_the_matching_id()
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, TestClient.DeviceId.ToString(), TestContext.Current.CancellationToken);

        var item = Assert.Single(found);
        Assert.Equal(TestClient.DeviceId, item.Id);
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_inventoryPath, ("mac", Mac), ("type", "all"), ("limit", "1000"), ("page", "1"));
    }

    [Fact]
    public async Task By_an_id_that_embeds_no_mac_finds_nothing_without_a_call()
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, "6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f", TestContext.Current.CancellationToken);

        Assert.Empty(found);
        Assert.Empty(t.Handler.Requests);
    }

    [Theory]
    [InlineData("5C:5B:35:00:00:18")]
    [InlineData("5c-5b-35-00-00-18")]
    [InlineData("5c5b.3500.0018")]
    [InlineData(" 5C5B35000018 ")]
    public async Task By_mac_in_any_notation_makes_one_inventory_call_with_the_normalised_mac(string query)
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, query, TestContext.Current.CancellationToken);

        Assert.Equal([Mac, Mac], found.Select(d => d.Mac));
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_inventoryPath, ("mac", Mac), ("type", "all"), ("limit", "1000"), ("page", "1"));
    }

    [Fact]
    public async Task By_serial_makes_one_inventory_call()
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, "FXLH2015150025", TestContext.Current.CancellationToken);

        Assert.Equal("FXLH2015150025", Assert.Single(found).Serial);
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_inventoryPath, ("serial", "FXLH2015150025"), ("type", "all"), ("limit", "1000"), ("page", "1"));
    }

    [Fact]
    public async Task By_exact_name_tries_serial_then_reads_the_name_list_then_the_inventory_of_the_match()
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, "Lobby", TestContext.Current.CancellationToken);

        Assert.Equal([Mac, Mac], found.Select(d => d.Mac));
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("serial", "Lobby"), ("type", "all"), ("limit", "1000"), ("page", "1")),
            r => RequestAssert.Sent(r, "GET", s_namesPath),
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("mac", Mac), ("type", "all"), ("limit", "1000"), ("page", "1")));
    }

    [Fact]
    public async Task By_an_ambiguous_name_returns_every_match()
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, "Spare AP", TestContext.Current.CancellationToken);

        // The device at Mac is named Lobby in the inventory: the name list's stale "Spare AP" for it is not trusted.
        Assert.Equal([Mac, OtherMac], found.Select(d => d.Mac));
        Assert.DoesNotContain(found, d => d.Name == "Lobby");
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("serial", "Spare AP"), ("type", "all"), ("limit", "1000"), ("page", "1")),
            r => RequestAssert.Sent(r, "GET", s_namesPath),
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("mac", Mac), ("type", "all"), ("limit", "1000"), ("page", "1")),
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("mac", OtherMac), ("type", "all"), ("limit", "1000"), ("page", "1")));
    }

    [Fact]
    public async Task Not_found_returns_empty_after_serial_and_name_lookups()
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, "lobby", TestContext.Current.CancellationToken);

        Assert.Empty(found);
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("serial", "lobby"), ("type", "all"), ("limit", "1000"), ("page", "1")),
            r => RequestAssert.Sent(r, "GET", s_namesPath));
    }

    [Fact]
    public async Task An_unknown_mac_falls_through_to_serial_and_name()
    {
        using var t = Org();

        var found = await t.Client.Devices.FindAsync(TestClient.OrgId, "5c:5b:35:00:00:99", TestContext.Current.CancellationToken);

        Assert.Empty(found);
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("mac", "5c5b35000099"), ("type", "all"), ("limit", "1000"), ("page", "1")),
            r => RequestAssert.Sent(r, "GET", s_inventoryPath, ("serial", "5c:5b:35:00:00:99"), ("type", "all"), ("limit", "1000"), ("page", "1")),
            r => RequestAssert.Sent(r, "GET", s_namesPath));
    }

    [Fact]
    public async Task An_empty_query_throws_and_sends_nothing()
    {
        using var t = Org();

        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Devices.FindAsync(TestClient.OrgId, "  ", TestContext.Current.CancellationToken));

        Assert.Empty(t.Handler.Requests);
    }

    // An org whose inventory answers by mac or serial, and whose name list has "Lobby" once and "Spare AP" twice.
    // The lookup of Mac answers two rows, one with another id: a MAC query keeps both, a device id query only its own.
    private static TestClient Org()
    {
        var t = new TestClient();
        var item = $$"""{"id":"{{TestClient.DeviceId}}","mac":"{{Mac}}","serial":"FXLH2015150025","type":"ap","name":"Lobby"}""";
        var other = $$"""{"id":"{{MacAddress.ToDeviceId(OtherMac)}}","mac":"{{OtherMac}}","serial":"FXLH2015150026","type":"ap","name":"Spare AP"}""";
        var stranger = $$"""{"id":"00000000-0000-0000-1000-aaaaaaaaaaaa","mac":"{{Mac}}","serial":"X","type":"ap"}""";
        t.Handler.On("GET", s_inventoryPath, r => FakeMistHandler.Response(HttpStatusCode.OK, (r.Query("mac"), r.Query("serial")) switch
        {
            (Mac, null) => Json.Array([item, stranger]),
            (OtherMac, null) => Json.Array([other]),
            (null, "FXLH2015150025") => Json.Array([item]),
            _ => "[]",
        }));
        t.Handler.On("GET", s_namesPath, HttpStatusCode.OK, $$"""
            {"results":[{"mac":"{{Mac}}","name":"Lobby"},{"mac":"{{Mac}}","name":"Spare AP"},{"mac":"{{OtherMac}}","name":"Spare AP"},
                        {"mac":"5c5b350000aa","name":"lobby "},{"name":"Spare AP"}]}
            """);
        return t;
    }
}

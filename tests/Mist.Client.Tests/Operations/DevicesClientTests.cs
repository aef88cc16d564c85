using System.Net;
using System.Text.Json.Nodes;

namespace Mist.Tests.Operations;

public class DevicesClientTests
{
    private static readonly Guid s_map = Guid.Parse("70000000-0000-4000-8000-000000000070");
    private static readonly string s_devicePath = $"/api/v1/sites/{TestClient.SiteId}/devices/{TestClient.DeviceId}";

    [Fact]
    public async Task ListAsync_without_options_sends_no_type_and_maps_devices()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/sites/{TestClient.SiteId}/devices", HttpStatusCode.OK, $$$"""
            [{"id":"{{{TestClient.DeviceId}}}","mac":"5c5b35000018","serial":"FXLH2015150025","model":"AP43","type":"ap","name":"Lobby",
              "notes":"n","site_id":"{{{TestClient.SiteId}}}","org_id":"{{{TestClient.OrgId}}}","map_id":"{{{s_map}}}","x":120.5,"y":40,
              "deviceprofile_id":null,"created_time":1596588619.007,"modified_time":1596588620,"radio_config":{"band_24":{"channel":6}} },
             {"id":"00000000-0000-0000-1000-5c5b35000019","mac":"5c5b35000019","type":"router","site_id":"{{{TestClient.SiteId}}}"}]
            """);

        var devices = await t.Client.Devices.ListAsync(TestClient.SiteId).ToListAsync(TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/sites/{TestClient.SiteId}/devices", ("limit", "1000"), ("page", "1"));
        Assert.Equal(2, devices.Count);
        var d = devices[0];
        Assert.Equal((TestClient.DeviceId, "5c5b35000018", "FXLH2015150025", "AP43", "Lobby", "n"), (d.Id, d.Mac, d.Serial, d.Model, d.Name, d.Notes));
        Assert.Equal(DeviceType.AccessPoint, d.Type);
        Assert.Equal((TestClient.SiteId, TestClient.OrgId, s_map), (d.SiteId!.Value, d.OrgId!.Value, d.MapId!.Value));
        Assert.Equal((120.5, 40d), (d.X!.Value, d.Y!.Value));
        Assert.Null(d.DeviceprofileId);
        Assert.Equal((1596588619.007, 1596588620d), (d.CreatedTime!.Value, d.ModifiedTime!.Value));
        Assert.Equal("""{"band_24":{"channel":6}}""", d.AdditionalProperties!["radio_config"].GetRawText());
        Assert.Equal("router", devices[1].Type!.Value.Value);
    }

    [Fact]
    public async Task ListAsync_sends_type_all_and_name_when_asked()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/sites/{TestClient.SiteId}/devices", HttpStatusCode.OK, "[]");

        var all = await t.Client.Devices.ListAsync(TestClient.SiteId, new DeviceListOptions { Type = DeviceType.All }).ToListAsync(TestContext.Current.CancellationToken);
        var named = await t.Client.Devices.ListAsync(TestClient.SiteId, new DeviceListOptions { Type = DeviceType.Switch, Name = "core 1" }).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Empty(all);
        Assert.Empty(named);
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", $"/api/v1/sites/{TestClient.SiteId}/devices", ("type", "all"), ("limit", "1000"), ("page", "1")),
            r => RequestAssert.Sent(r, "GET", $"/api/v1/sites/{TestClient.SiteId}/devices", ("type", "switch"), ("name", "core 1"), ("limit", "1000"), ("page", "1")));
    }

    [Fact]
    public async Task SearchAsync_sends_each_filter_with_a_normalised_mac_and_maps_results()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/devices/search", HttpStatusCode.OK, $$"""
            {"results":[{"mac":"5c5b35000018","model":"AP43","sku":"AP43-WW","version":"0.14.29","type":"ap","hostname":["Lobby","lobby-old"],
              "last_hostname":"Lobby","ip":"10.0.0.5","ext_ip":"203.0.113.9","site_id":"{{TestClient.SiteId}}","org_id":"{{TestClient.OrgId}}",
              "timestamp":1596588619.007,"uptime":3600.5,"lldp_system_name":"sw1","band_24_channel":[1,6]}],
             "start":1614383378.4365287,"end":1614383379,"limit":1000,"total":1}
            """);
        var options = new DeviceSearchOptions
        {
            Type = DeviceType.AccessPoint,
            Mac = "5C-5B-35-00-00-18",
            Model = "AP43",
            SiteId = TestClient.SiteId,
            Hostname = "Lob",
            Version = "0.14.29",
        };

        var results = await t.Client.Devices.SearchAsync(TestClient.OrgId, options).ToListAsync(TestContext.Current.CancellationToken);

        RequestAssert.Sent(
            t.Handler.SingleRequest,
            "GET",
            $"/api/v1/orgs/{TestClient.OrgId}/devices/search",
            ("type", "ap"),
            ("mac", "5c5b35000018"),
            ("model", "AP43"),
            ("site_id", TestClient.SiteId.ToString()),
            ("hostname", "Lob"),
            ("version", "0.14.29"),
            ("limit", "1000"));
        var r = Assert.Single(results);
        Assert.Equal(("5c5b35000018", "AP43", "AP43-WW", "0.14.29", "Lobby"), (r.Mac, r.Model, r.Sku, r.Version, r.LastHostname));
        Assert.Equal(DeviceType.AccessPoint, r.Type);
        Assert.Equal(["Lobby", "lobby-old"], r.Hostname!);
        Assert.Equal(("10.0.0.5", "203.0.113.9"), (r.Ip, r.ExtIp));
        Assert.Equal((TestClient.SiteId, TestClient.OrgId), (r.SiteId!.Value, r.OrgId!.Value));
        Assert.Equal((1596588619.007, 3600.5), (r.Timestamp!.Value, r.Uptime!.Value));
        Assert.Equal("[1,6]", r.AdditionalProperties!["band_24_channel"].GetRawText());
        Assert.Equal("sw1", r.AdditionalProperties["lldp_system_name"].GetString());
    }

    [Fact]
    public async Task SearchAsync_without_options_sends_only_the_limit()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/devices/search", HttpStatusCode.OK, """{"results":[],"limit":1000,"total":0}""");

        var results = await t.Client.Devices.SearchAsync(TestClient.OrgId).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Empty(results);
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/orgs/{TestClient.OrgId}/devices/search", ("limit", "1000"));
    }

    [Fact]
    public void SearchAsync_with_an_invalid_mac_throws_and_sends_nothing()
    {
        using var t = new TestClient();

        var e = Assert.Throws<ArgumentException>(() => t.Client.Devices.SearchAsync(TestClient.OrgId, new DeviceSearchOptions { Mac = "5c:5b:35:00:00" }));

        Assert.Contains("5c:5b:35:00:00", e.Message, StringComparison.Ordinal);
        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task ListNamesAsync_sends_GET_org_devices_without_query_and_maps_names()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/devices", HttpStatusCode.OK, """{"results":[{"mac":"5c5b35000018","name":"Lobby"},{"mac":"5c5b35000019"}]}""");

        var names = await t.Client.Devices.ListNamesAsync(TestClient.OrgId, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/orgs/{TestClient.OrgId}/devices");
        Assert.Equal([new OrgDeviceName("5c5b35000018", "Lobby"), new OrgDeviceName("5c5b35000019", null)], names);
    }

    [Fact]
    public async Task GetAsync_sends_GET_site_device_and_maps_it()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_devicePath, HttpStatusCode.OK, Json.Device("5c5b35000018", "Lobby"));

        var device = await t.Client.Devices.GetAsync(TestClient.SiteId, TestClient.DeviceId, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_devicePath);
        RequestAssert.NoBody(t.Handler.SingleRequest);
        Assert.Equal((TestClient.DeviceId, "Lobby", "FXLH5C5B35"), (device.Id, device.Name, device.Serial));
        Assert.Equal(DeviceType.AccessPoint, device.Type);
    }

    [Fact]
    public async Task UpdateAsync_puts_only_set_fields_with_explicit_null_and_any_field()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", s_devicePath, HttpStatusCode.OK, Json.Device("5c5b35000018", "Reception"));
        var changes = new DeviceUpdateOptions { Name = "Reception", Notes = null };
        changes.Set("map_id", JsonValue.Create(s_map.ToString())).Set("x", JsonValue.Create(12.5));

        var device = await t.Client.Devices.UpdateAsync(TestClient.SiteId, TestClient.DeviceId, changes, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "PUT", s_devicePath);
        RequestAssert.Body(t.Handler.SingleRequest, $$"""{"name":"Reception","notes":null,"map_id":"{{s_map}}","x":12.5}""");
        Assert.Equal("Reception", device.Name);
    }

    [Fact]
    public async Task UpdateAsync_with_no_change_throws_and_sends_nothing()
    {
        using var t = new TestClient();

        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Devices.UpdateAsync(TestClient.SiteId, TestClient.DeviceId, new DeviceUpdateOptions(), TestContext.Current.CancellationToken));

        Assert.Empty(t.Handler.Requests);
    }

    [Theory]
    [InlineData("restart")]
    [InlineData("locate")]
    [InlineData("unlocate")]
    public async Task Actions_post_to_the_device_action_path_without_a_body(string action)
    {
        using var t = new TestClient();
        t.Handler.On("POST", $"{s_devicePath}/{action}", HttpStatusCode.OK);
        var ct = TestContext.Current.CancellationToken;

        await (action switch
        {
            "restart" => t.Client.Devices.RestartAsync(TestClient.SiteId, TestClient.DeviceId, ct),
            "locate" => t.Client.Devices.LocateAsync(TestClient.SiteId, TestClient.DeviceId, ct),
            _ => t.Client.Devices.UnlocateAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        });

        RequestAssert.Sent(t.Handler.SingleRequest, "POST", $"{s_devicePath}/{action}");
        RequestAssert.NoBody(t.Handler.SingleRequest);
    }
}

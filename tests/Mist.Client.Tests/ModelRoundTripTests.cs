using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist.Tests;

/// <summary>A model read and written back with <see cref="MistJsonContext"/> loses nothing the server sent.</summary>
public class ModelRoundTripTests
{
    private const string SiteJson = """
        {"id":"4ac1dcf4-9d8b-7211-65c4-057819f0862b","org_id":"6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f","name":"HQ",
         "address":"1 Rue X","country_code":"FR","timezone":"Europe/Paris","latlng":{"lat":48.85,"lng":2.35},"notes":"n",
         "sitegroup_ids":["90000000-0000-4000-8000-000000000090"],"created_time":1596588619.007,"modified_time":1596588620.5,
         "tzoffset":60,"rftemplate_id":null,"last_seen":1596588619.007,"big":12345678901234567890,"tiny":1e-7,
         "templates":{"network":{"id":"x","nested":[{"a":[1,2.50,{"b":null}]}]},"empty":{}},
         "flags":[true,false,null,"s",0.1],"unicode":"Café ☕ \u00e9","escaped":"line\nbreak \"quoted\""}
        """;

    private const string DeviceJson = """
        {"id":"00000000-0000-0000-1000-5c5b35000018","mac":"5c5b35000018","serial":"FXLH2015150025","model":"AP43","type":"ap",
         "name":"Lobby","notes":"","site_id":"4ac1dcf4-9d8b-7211-65c4-057819f0862b","org_id":"6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
         "map_id":"70000000-0000-4000-8000-000000000070","x":120.5,"y":40.25,"created_time":1596588619.007,"modified_time":1596588620,
         "radio_config":{"band_24":{"channel":6,"power":null,"allow_rrm_disable":false},"band_5":{"channels":[36,40]}},
         "led":{"enabled":true,"brightness":255},"port_config":{"eth1":{"vlan_ids":[10,20]}},"height":2.7,"orientation":90,
         "vars":{},"tags":[],"uptime":1596588619.007,"mqtt_config":{"enabled":null}}
        """;

    [Fact]
    public void Site_keeps_every_unknown_field_unchanged()
    {
        var site = AssertRoundTrips(SiteJson, MistJsonContext.Default.Site);

        Assert.Equal("12345678901234567890", site.AdditionalProperties!["big"].GetRawText());
        Assert.Equal("1596588619.007", site.AdditionalProperties["last_seen"].GetRawText());
        Assert.Equal(JsonValueKind.Null, site.AdditionalProperties["rftemplate_id"].ValueKind);
        Assert.Equal(1596588619.007, site.CreatedTime);
    }

    [Fact]
    public void Device_keeps_every_unknown_field_unchanged()
    {
        var device = AssertRoundTrips(DeviceJson, MistJsonContext.Default.Device);

        Assert.Equal(DeviceType.AccessPoint, device.Type);
        Assert.Equal(9, device.AdditionalProperties!.Count);
        Assert.Equal("""{"enabled":null}""", device.AdditionalProperties["mqtt_config"].GetRawText());
    }

    [Fact]
    public void A_device_type_this_SDK_does_not_know_is_kept()
    {
        var device = AssertRoundTrips("""{"id":"00000000-0000-0000-1000-5c5b35000018","type":"router","x":1}""", MistJsonContext.Default.Device);

        Assert.Equal("router", device.Type!.Value.Value);
        Assert.NotEqual(DeviceType.Gateway, device.Type);
    }

    [Fact]
    public void Inventory_item_and_site_setting_keep_unknown_fields()
    {
        AssertRoundTrips(
            """{"id":"00000000-0000-0000-1000-5c5b35000018","mac":"5c5b35000018","type":"switch","connected":true,"last_disconnected":1700000000.5,"chassis":{"members":[{"fpc":0}]}}""",
            MistJsonContext.Default.InventoryItem);
        AssertRoundTrips(
            """{"site_id":"4ac1dcf4-9d8b-7211-65c4-057819f0862b","created_time":1596588619.007,"auto_upgrade":{"enabled":true,"time_of_day":"02:00"},"rtsa":{"enabled":false},"wids":{}}""",
            MistJsonContext.Default.SiteSetting);
    }

    [Fact]
    public void Missing_or_null_lists_read_as_empty()
    {
        var claim = JsonSerializer.Deserialize("""{"detail":"x","added":null}""", MistJsonContext.Default.ClaimResult)!;
        var change = JsonSerializer.Deserialize("{}", MistJsonContext.Default.InventoryChangeResult)!;
        var self = JsonSerializer.Deserialize("""{"email":"a@b.c"}""", MistJsonContext.Default.SelfInfo)!;
        var names = JsonSerializer.Deserialize("{}", MistJsonContext.Default.OrgDeviceNames)!;

        Assert.Empty(claim.Outcomes);
        Assert.Equal(0, claim.Added.Count + claim.Duplicated.Count + claim.Error.Count + claim.Reason.Count + claim.InventoryAdded.Count + claim.InventoryDuplicated.Count);
        Assert.True(change.IsComplete);
        Assert.Equal(0, change.Success.Count + change.Error.Count + change.Reason.Count);
        Assert.Empty(change.Outcomes);
        Assert.Empty(self.Privileges);
        Assert.Empty(names.Results);
    }

    private static T AssertRoundTrips<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        var model = JsonSerializer.Deserialize(json, typeInfo)!;
        var written = JsonSerializer.Serialize(model, typeInfo);

        var expected = Normalize(JsonNode.Parse(json));
        var actual = Normalize(JsonNode.Parse(written));
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"Round trip changed the JSON.{Environment.NewLine}Sent:    {expected?.ToJsonString()}{Environment.NewLine}Written: {actual?.ToJsonString()}");
        Assert.Equal(expected?.ToJsonString(), actual?.ToJsonString());
        return model;
    }

    // Property order is not significant in JSON; everything else (names, values, number text, nulls) must match.
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Normalize)]),
        _ => node?.DeepClone(),
    };
}

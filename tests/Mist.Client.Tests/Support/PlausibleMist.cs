using System.Net;

namespace Mist.Tests.Support;

/// <summary>
/// Answers every route the SDK calls with a small but plausible body, so that each operation can run once
/// end to end against <see cref="FakeMistHandler"/> (the conformance test).
/// </summary>
public static class PlausibleMist
{
    public static Guid MspId { get; } = Guid.Parse("e0000000-0000-4000-8000-0000000000e0");

    public const string DeviceMac = "5c5b35000018";

    public const string DeviceName = "Lobby";

    public static void Answer(FakeMistHandler handler)
    {
        var org = $"/api/v1/orgs/{TestClient.OrgId}";
        var site = $"/api/v1/sites/{TestClient.SiteId}";
        var device = $"{site}/devices/{TestClient.DeviceId}";
        var orgJson = $$"""{"id":"{{TestClient.OrgId}}","name":"Acme","msp_id":"{{MspId}}"}""";
        var siteJson = Json.Site(TestClient.SiteId, "HQ");
        var deviceJson = Json.Device(DeviceMac, DeviceName);
        var inventoryJson = $$"""[{"id":"{{TestClient.DeviceId}}","mac":"{{DeviceMac}}","serial":"FXLH2015150025","type":"ap","name":"{{DeviceName}}"}]""";
        var change = """{"op":"assign","success":["5c5b35000018"],"error":[],"reason":[]}""";

        handler.On("GET", "/api/v1/self", HttpStatusCode.OK, $$"""
            {"email":"a@b.c","privileges":[{"scope":"org","role":"admin","org_id":"{{TestClient.OrgId}}","name":"Acme"},{"scope":"msp","role":"read","msp_id":"{{MspId}}"}]}
            """);
        var upgrade = $$$"""{"id":"{{{TestClient.DeviceId}}}","status":"completed","targets":{"upgraded":[],"total":0}}""";
        handler.On("GET", $"{org}/stats/devices", HttpStatusCode.OK, "[]");
        handler.On("GET", $"{site}/stats/devices", HttpStatusCode.OK, "[]");
        handler.On("GET", $"{site}/wlans/derived", HttpStatusCode.OK, """[{"id":"6b2d4c1e-0000-4000-8000-000000000001","ssid":"Corp","template_id":"6b2d4c1e-0000-4000-8000-000000000002"}]""");
        handler.On("GET", $"{site}/stats/devices/{TestClient.DeviceId}", HttpStatusCode.OK, $$"""{"id":"{{TestClient.DeviceId}}","status":"connected"}""");
        handler.On("GET", $"{org}/devices/versions", HttpStatusCode.OK, """[{"model":"AP43","version":"0.14.29313","tag":"stable"}]""");
        handler.On("GET", $"{site}/devices/versions", HttpStatusCode.OK, """[{"model":"AP43","version":"0.14.29313","tag":"stable"}]""");
        handler.On("POST", $"{site}/devices/{TestClient.DeviceId}/upgrade", HttpStatusCode.OK, """{"status":"scheduled","timestamp":1.5}""");
        handler.On("POST", $"{site}/devices/upgrade", HttpStatusCode.OK, $$"""{"upgrade_id":"{{TestClient.DeviceId}}"}""");
        handler.On("GET", $"{site}/devices/upgrade", HttpStatusCode.OK, $"[{upgrade}]");
        handler.On("GET", $"{site}/devices/upgrade/{TestClient.DeviceId}", HttpStatusCode.OK, upgrade);
        handler.On("POST", $"{site}/devices/upgrade/{TestClient.DeviceId}/cancel", HttpStatusCode.OK);
        handler.On("POST", $"{org}/devices/upgrade", HttpStatusCode.OK, $$"""{"id":"{{TestClient.DeviceId}}","upgrades":[]}""");
        handler.On("GET", $"{org}/devices/upgrade/{TestClient.DeviceId}", HttpStatusCode.OK, $$"""{"id":"{{TestClient.DeviceId}}","upgrades":[]}""");
        handler.On("POST", $"{org}/devices/upgrade/{TestClient.DeviceId}/cancel", HttpStatusCode.OK);
        handler.On("GET", "/api/v1/self/usage", HttpStatusCode.OK, """{"request_limit":5000,"requests":1,"seconds":10}""");
        handler.On("GET", $"/api/v1/msps/{MspId}/orgs", HttpStatusCode.OK, $"[{orgJson}]");
        handler.On("GET", org, HttpStatusCode.OK, orgJson);
        handler.On("GET", $"{org}/stats", HttpStatusCode.OK, $$"""{"id":"{{TestClient.OrgId}}","num_sites":1}""");
        handler.On("GET", $"{org}/sites", HttpStatusCode.OK, $"[{siteJson}]", ("X-Page-Total", "1"));
        handler.On("POST", $"{org}/sites", HttpStatusCode.OK, siteJson);
        handler.On("GET", $"{org}/sites/search", HttpStatusCode.OK, $$"""{"results":[{"id":"{{TestClient.SiteId}}","name":"HQ"}],"total":1}""");
        handler.On("GET", site, HttpStatusCode.OK, siteJson);
        handler.On("PUT", site, HttpStatusCode.OK, siteJson);
        handler.On("DELETE", site, HttpStatusCode.OK);
        handler.On("GET", $"{site}/setting", HttpStatusCode.OK, $$"""{"site_id":"{{TestClient.SiteId}}"}""");
        handler.On("PUT", $"{site}/setting", HttpStatusCode.OK, $$"""{"site_id":"{{TestClient.SiteId}}"}""");
        handler.On("GET", $"{org}/devices", HttpStatusCode.OK, $$"""{"results":[{"mac":"{{DeviceMac}}","name":"{{DeviceName}}"}]}""");
        handler.On("GET", $"{org}/devices/search", HttpStatusCode.OK, $$"""{"results":[{"mac":"{{DeviceMac}}","type":"ap"}],"total":1}""");
        handler.On("GET", $"{site}/devices", HttpStatusCode.OK, $"[{deviceJson}]", ("X-Page-Total", "1"));
        handler.On("GET", device, HttpStatusCode.OK, deviceJson);
        handler.On("PUT", device, HttpStatusCode.OK, deviceJson);
        handler.On("POST", $"{device}/restart", HttpStatusCode.OK);
        handler.On("POST", $"{device}/locate", HttpStatusCode.OK);
        handler.On("POST", $"{device}/unlocate", HttpStatusCode.OK);
        handler.On("GET", $"{org}/inventory", r => FakeMistHandler.Response(HttpStatusCode.OK, r.Query("serial") is null ? inventoryJson : "[]", ("X-Page-Total", "1")));
        handler.On("POST", $"{org}/inventory", HttpStatusCode.OK, """{"added":["6JG8E-PTFV2-A9Z2N"],"duplicated":[],"error":[],"reason":[]}""");
        handler.On("PUT", $"{org}/inventory", HttpStatusCode.OK, change);
    }
}

namespace Mist.Simulator.Tests.Collections;

/// <summary>Mist refuses a PSK WLAN without its passphrase (unless its keys come from the PSK collection only), as a create and as an update.</summary>
public sealed class WlanRuleTests
{
    private const string Detail = "auth.psk: this field is required when auth.type is psk (8 to 64 characters), unless auth.multi_psk_only is true";

    [Fact]
    public async Task A_psk_wlan_without_its_passphrase_is_400_naming_auth_psk_in_an_org_and_on_a_site()
    {
        await using var sim = await SimulatorClient.StartAsync();
        foreach (var wlans in new[] { $"api/v1/orgs/{sim.OrgId}/wlans", $"api/v1/sites/{sim.Simulator.Seed.Sites.First(s => s.OrgId == sim.OrgId).Id}/wlans" })
        {
            var (missing, missingBody) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": "Corp", "auth": {"type": "psk"}}""");
            var (empty, _) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": "Corp", "auth": {"type": "psk", "psk": ""}}""");
            var (nulled, _) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": "Corp", "auth": {"type": "psk", "psk": null}}""");
            var (given, _) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": "Corp", "auth": {"type": "psk", "psk": "corp-secret-1"}}""");
            var (multi, _) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": "Multi", "auth": {"type": "psk", "multi_psk_only": true}}""");
            var (open, _) = await sim.SendJsonAsync(HttpMethod.Post, wlans, """{"ssid": "Guest", "auth": {"type": "open"}}""");

            Assert.Equal(HttpStatusCode.BadRequest, missing);
            Assert.Equal(Detail, (string?)missingBody!["detail"]);
            Assert.Equal(HttpStatusCode.BadRequest, empty);
            Assert.Equal(HttpStatusCode.BadRequest, nulled);
            Assert.Equal(HttpStatusCode.OK, given);
            Assert.Equal(HttpStatusCode.OK, multi);
            Assert.Equal(HttpStatusCode.OK, open);
        }
    }

    [Fact]
    public async Task An_update_that_makes_a_wlan_psk_needs_the_passphrase_since_a_put_replaces_auth()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var (_, wlan) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/wlans", """{"ssid": "Corp", "auth": {"type": "psk", "psk": "corp-secret-1"}}""");
        var path = $"api/v1/orgs/{sim.OrgId}/wlans/{wlan!["id"]}";

        var (withoutPsk, detail) = await sim.SendJsonAsync(HttpMethod.Put, path, """{"auth": {"type": "psk"}}""");
        var (otherField, _) = await sim.SendJsonAsync(HttpMethod.Put, path, """{"vlan_id": 10}""");
        var (withPsk, _) = await sim.SendJsonAsync(HttpMethod.Put, path, """{"auth": {"type": "psk", "psk": "corp-secret-2"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, withoutPsk);
        Assert.Equal(Detail, (string?)detail!["detail"]);
        Assert.Equal(HttpStatusCode.OK, otherField);
        Assert.Equal(HttpStatusCode.OK, withPsk);
    }
}

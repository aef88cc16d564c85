using System.Text.Json.Nodes;

namespace Mist.Tests;

public class MistSecretsTests
{
    [Fact]
    public void Every_secret_of_a_wlan_is_redacted_at_any_depth_and_nothing_else()
    {
        var wlan = JsonNode.Parse("""
            {
              "ssid": "Staff",
              "auth": { "type": "psk", "psk": "correct horse", "keys": ["", "0123456789", "", ""], "multi_psk_only": false },
              "auth_servers": [ { "host": "10.0.0.1", "port": 1812, "secret": "radius-1" }, { "host": "10.0.0.2", "secret": "" } ],
              "portal_api_secret": "portal", "portal": { "amazon_client_secret": "oauth", "oauth2_token_url": "https://idp/token", "smsglobal_api_key": "sms" },
              "airwatch": { "username": "mdm", "password": "hunter2" },
              "cleanup_psk": true, "passphrase_enabled": true
            }
            """)!;

        var count = MistSecrets.Redact(wlan);

        Assert.Equal(7, count);
        Assert.Equal("""
            {"ssid":"Staff","auth":{"type":"psk","psk":"REDACTED","keys":["","REDACTED","",""],"multi_psk_only":false},"auth_servers":[{"host":"10.0.0.1","port":1812,"secret":"REDACTED"},{"host":"10.0.0.2","secret":""}],"portal_api_secret":"REDACTED","portal":{"amazon_client_secret":"REDACTED","oauth2_token_url":"https://idp/token","smsglobal_api_key":"REDACTED"},"airwatch":{"username":"mdm","password":"REDACTED"},"cleanup_psk":true,"passphrase_enabled":true}
            """.Trim(), wlan.ToJsonString());
    }

    [Theory]
    [InlineData("key", """{"cert":"-----BEGIN CERTIFICATE-----","key":"x"}""", true)]
    [InlineData("key", """{"privileges":[],"key":"x"}""", true)]
    [InlineData("key", """{"key":"AP_RESTARTED","display":"AP restarted"}""", false)]
    [InlineData("oauth2_token_url", """{}""", false)]
    [InlineData("webhook_password", """{}""", true)]
    [InlineData("passphrase", """{}""", true)]
    [InlineData("ssid", """{}""", false)]
    public void A_field_is_secret_by_its_name_and_for_key_by_its_siblings(string name, string parent, bool secret) =>
        Assert.Equal(secret, MistSecrets.IsSecretField(name, JsonNode.Parse(parent)!.AsObject()));

    [Fact]
    public void A_placeholder_can_be_chosen()
    {
        var node = JsonNode.Parse("""{"psk":"abc12345"}""");

        MistSecrets.Redact(node, "<secret omitted>");

        Assert.Equal("<secret omitted>", node!["psk"]!.GetValue<string>());
    }
}

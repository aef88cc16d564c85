namespace Mist.Mcp.Tests;

/// <summary>The WLAN tools against the simulator: scopes, derived WLANs, secrets never returned, confirmation.</summary>
public sealed class WlanToolTests
{
    private const string Passphrase = "correct horse battery";

    [Fact]
    public async Task A_psk_wlan_is_created_once_listed_with_its_template_and_its_passphrase_never_returned()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var site = mcp.Seed.Sites.First(s => s.OrgId == mcp.Seed.PrimaryOrgId);
        var template = await mcp.Check.Orgs.WlanTemplates.CreateAsync(mcp.OrgId, new Models.Template { Name = "Corp" }, TestContext.Current.CancellationToken);

        var created = await mcp.CallOkAsync("create_wlan", new() { ["ssid"] = "Staff", ["site"] = site.Name, ["auth"] = "psk", ["psk"] = Passphrase, ["vlan"] = 20 });
        var again = await mcp.CallOkAsync("create_wlan", new() { ["ssid"] = "Staff", ["site"] = site.Name, ["psk"] = Passphrase });
        var onTemplate = await mcp.CallOkAsync("create_wlan", new() { ["ssid"] = "Corp-Guest", ["template"] = "corp", ["bands"] = new[] { "5", "6" } });
        var templateListings = mcp.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/templates");
        var got = await mcp.CallOkAsync("get_wlan", new() { ["wlan"] = "staff", ["site"] = site.Id });
        // A site's own WLANs belong to no template: their templates are not listed.
        Assert.Equal(templateListings, mcp.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/templates"));
        var org = await mcp.CallOkAsync("list_wlans", new() { ["fields"] = "ssid,template" });
        Assert.True(mcp.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/templates") > templateListings, "the org's WLANs name their templates");
        var traffic = mcp.Traffic;

        Assert.True(created.GetProperty("created").GetBoolean());
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(created.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal("REDACTED", got.GetProperty("auth").GetProperty("psk").GetString());
        Assert.Equal(20, got.GetProperty("vlan_id").GetInt32());
        Assert.Equal(template.Id.ToString(), onTemplate.GetProperty("template_id").GetString());
        Assert.Equal("""[{"ssid":"Corp-Guest","template":"Corp"}]""", org.GetProperty("items").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(Passphrase, traffic.Replace("\"psk\":\"" + Passphrase, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var stored = await mcp.Check.Sites.Wlans.GetAsync(Guid.Parse(site.Id), Guid.Parse(created.GetProperty("id").GetString()!), TestContext.Current.CancellationToken);
        Assert.Equal(Passphrase, stored.Auth!.Psk);
    }

    [Fact]
    public async Task Derived_wlans_include_the_templates_applied_to_the_site()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var site = mcp.Seed.Sites.First(s => s.OrgId == mcp.Seed.PrimaryOrgId);
        var applies = new Models.TemplateApplies { SiteIds = [Guid.Parse(site.Id)] };
        await mcp.Check.Orgs.WlanTemplates.CreateAsync(mcp.OrgId, new Models.Template { Name = "Corp", Applies = applies }, TestContext.Current.CancellationToken);
        await mcp.CallOkAsync("create_wlan", new() { ["ssid"] = "Corp-Guest", ["template"] = "Corp" });
        await mcp.CallOkAsync("create_wlan", new() { ["ssid"] = "Lobby", ["site"] = site.Id });

        var own = await mcp.CallOkAsync("list_wlans", new() { ["site"] = site.Name, ["fields"] = "ssid" });
        var derived = await mcp.CallOkAsync("list_wlans", new() { ["site"] = site.Name, ["derived"] = true, ["fields"] = "ssid,template" });
        var refused = await mcp.CallErrorAsync("list_wlans", new() { ["derived"] = true });

        Assert.Equal("""[{"ssid":"Lobby"}]""", own.GetProperty("items").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(2, derived.GetProperty("count").GetInt32());
        Assert.Contains("Corp-Guest", derived.GetProperty("items").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("give site", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_and_delete_are_confirmed_and_bad_fields_send_nothing()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var site = mcp.Seed.Sites.First(s => s.OrgId == mcp.Seed.PrimaryOrgId);
        var created = await mcp.CallOkAsync("create_wlan", new() { ["ssid"] = "Lobby", ["site"] = site.Name });
        var id = created.GetProperty("id").GetString()!;
        var writes = mcp.Simulator.Counters.Writes;

        var unconfirmed = await mcp.CallErrorAsync("update_wlan", new() { ["wlan"] = "Lobby", ["site"] = site.Name, ["hidden"] = true });
        var badPsk = await mcp.CallErrorAsync("update_wlan", new() { ["wlan"] = "Lobby", ["site"] = site.Name, ["psk"] = "short!!", ["confirm"] = "Lobby" });
        var badBand = await mcp.CallErrorAsync("create_wlan", new() { ["ssid"] = "X", ["site"] = site.Name, ["bands"] = new[] { "2.4" } });
        var noScope = await mcp.CallErrorAsync("create_wlan", new() { ["ssid"] = "X" });
        var pskWithoutPassphrase = await mcp.CallErrorAsync("create_wlan", new() { ["ssid"] = "X", ["site"] = site.Name, ["auth"] = "psk" });
        Assert.Equal(writes, mcp.Simulator.Counters.Writes);

        var hidden = await mcp.CallOkAsync("update_wlan", new() { ["wlan"] = "Lobby", ["site"] = site.Name, ["hidden"] = true, ["vlan"] = 30, ["confirm"] = "Lobby" });
        var deleted = await mcp.CallOkAsync("delete_wlan", new() { ["wlan"] = id, ["site"] = site.Name, ["confirm"] = id });
        var gone = await mcp.CallErrorAsync("get_wlan", new() { ["wlan"] = id, ["site"] = site.Name });

        Assert.Contains("confirm", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("psk", badPsk, StringComparison.Ordinal);
        Assert.DoesNotContain("short!!", badPsk, StringComparison.Ordinal);
        Assert.Contains("bands", badBand, StringComparison.Ordinal);
        Assert.Contains("site or template", noScope, StringComparison.Ordinal);
        Assert.Contains("give psk", pskWithoutPassphrase, StringComparison.Ordinal);
        Assert.True(hidden.GetProperty("hide_ssid").GetBoolean());
        Assert.Equal(30, hidden.GetProperty("vlan_id").GetInt32());
        Assert.Equal("deleted", deleted.GetProperty("done").GetString());
        Assert.Contains("No WLAN", gone, StringComparison.Ordinal);
    }
}

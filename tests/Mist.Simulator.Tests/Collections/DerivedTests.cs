namespace Mist.Simulator.Tests.Collections;

/// <summary>The site views derived from org objects: WLANs of applied templates, and the setting over its site template.</summary>
public sealed class DerivedTests
{
    [Fact]
    public async Task Derived_wlans_are_the_site_wlans_plus_those_of_org_templates_applied_to_the_site()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var sites = sim.Seed.Sites.Where(s => s.OrgId == sim.OrgId).Take(3).ToList();
        var org = $"api/v1/orgs/{sim.OrgId}";
        var (_, group) = await sim.SendJsonAsync(HttpMethod.Post, $"{org}/sitegroups", """{"name": "North"}""");
        await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{sites[1].Id}", $$"""{"sitegroup_ids": ["{{group!["id"]}}"]}""");
        var bySite = await TemplateAsync(sim, $$$"""{"name": "by-site", "applies": {"site_ids": ["{{{sites[0].Id}}}"]}}""");
        var byGroup = await TemplateAsync(sim, $$$"""{"name": "by-group", "applies": {"sitegroup_ids": ["{{{group["id"]}}}"]}}""");
        var byOrg = await TemplateAsync(sim, $$$"""{"name": "by-org", "applies": {"org_id": "{{{sim.OrgId}}}"}, "exceptions": {"site_ids": ["{{{sites[2].Id}}}"]}}""");
        foreach (var (ssid, template) in new[] { ("Site0", bySite), ("Group", byGroup), ("Everyone", byOrg), ("Unused", (string?)null) })
        {
            await sim.SendJsonAsync(HttpMethod.Post, $"{org}/wlans", new JsonObject { ["ssid"] = ssid, ["template_id"] = template }.ToJsonString());
        }

        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{sites[2].Id}/wlans", """{"ssid": "Local"}""");

        Assert.Equal(["Site0", "Everyone"], await SsidsAsync(sim, sites[0].Id));
        Assert.Equal(["Group", "Everyone"], await SsidsAsync(sim, sites[1].Id));
        Assert.Equal(["Local"], await SsidsAsync(sim, sites[2].Id));
    }

    [Fact]
    public async Task The_derived_setting_is_the_site_setting_over_its_site_template()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites.First(s => s.OrgId == sim.OrgId);
        var (_, template) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sitetemplates", """{"name": "base", "vars": {"a": "1"}, "ssh_keys": ["ssh-ed25519 AAAA"]}""");
        await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{site.Id}", $$"""{"sitetemplate_id": "{{template!["id"]}}"}""");
        await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{site.Id}/setting", """{"vars": {"b": "2"}}""");

        var derived = await sim.GetJsonAsync($"api/v1/sites/{site.Id}/setting/derived");

        Assert.Equal("ssh-ed25519 AAAA", (string?)derived["ssh_keys"]![0]);
        Assert.Equal("2", (string?)derived["vars"]!["b"]);
        Assert.Equal(site.Id, (string?)derived["site_id"]);
    }

    private static async Task<string> TemplateAsync(SimulatorClient sim, string body)
    {
        var (status, template) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/templates", body);
        Assert.True(status == HttpStatusCode.OK, template?.ToJsonString());
        return (string)template!["id"]!;
    }

    private static async Task<List<string?>> SsidsAsync(SimulatorClient sim, string siteId) =>
        [.. (await sim.GetJsonAsync($"api/v1/sites/{siteId}/wlans/derived")).AsArray().Select(w => (string?)w!["ssid"])];
}

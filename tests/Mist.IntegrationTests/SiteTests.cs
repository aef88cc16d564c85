using System.Text.Json.Nodes;

namespace Mist.IntegrationTests;

public class SiteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_returns_every_seeded_site_of_the_org_across_pages()
    {
        await using var sim = await SimulatorScope.StartAsync(o => o.Seeding.SitesPerOrg = 18);

        var pages = new List<Page<Site>>();
        await foreach (var page in sim.Admin.Sites.ListAsync(sim.OrgId).AsPages(pageSizeHint: 5).WithCancellation(Ct))
        {
            pages.Add(page);
        }

        var expected = sim.Seed.Sites.Where(s => s.OrgId == sim.Seed.PrimaryOrgId).Select(s => Guid.Parse(s.Id)).Order();
        Assert.Equal(expected, pages.SelectMany(p => p.Values).Select(s => s.Id).Order());
        Assert.Equal(4, pages.Count);
        Assert.All(pages, p => Assert.Equal(18, p.Total));
    }

    [Fact]
    public async Task Create_get_find_update_and_delete_a_site()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var sites = sim.Admin.Sites;

        var created = await sites.CreateAsync(sim.OrgId, new SiteCreateOptions("Lyon Office")
        {
            Timezone = "Europe/Paris",
            CountryCode = "FR",
            Address = "1 Place Bellecour, Lyon",
            Latlng = new LatLng(45.7578, 4.832),
            Notes = "opened 2026",
        }, Ct);
        var found = await sites.FindByNameAsync(sim.OrgId, "Lyon Office", Ct);
        var updated = await sites.UpdateAsync(created.Id, new SiteUpdateOptions { Notes = "renovated" }, Ct);
        var read = await sites.GetAsync(created.Id, Ct);

        Assert.Equal(sim.OrgId, created.OrgId);
        Assert.NotNull(created.CreatedTime);
        Assert.Equal(created.Id, Assert.Single(found).Id);
        Assert.Equal("renovated", updated.Notes);
        // Merge semantics: fields not sent are unchanged.
        Assert.Equal("Europe/Paris", read.Timezone);
        Assert.Equal("1 Place Bellecour, Lyon", read.Address);
        Assert.Equal(new LatLng(45.7578, 4.832), read.Latlng);
        Assert.True(read.ModifiedTime >= created.ModifiedTime);

        await sites.DeleteAsync(created.Id, Ct);

        await Assert.ThrowsAsync<MistNotFoundException>(() => sites.GetAsync(created.Id, Ct));
        Assert.Empty(await sites.FindByNameAsync(sim.OrgId, "Lyon Office", Ct));
    }

    [Fact]
    public async Task Find_by_name_is_exact()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var name = sim.Seed.Sites[0].Name;

        Assert.Single(await sim.Admin.Sites.FindByNameAsync(sim.OrgId, name, Ct));
        Assert.Empty(await sim.Admin.Sites.FindByNameAsync(sim.OrgId, name[..^1], Ct));
        Assert.Empty(await sim.Admin.Sites.FindByNameAsync(sim.OrgId, name.ToUpperInvariant() + "x", Ct));
    }

    [Fact]
    public async Task The_api_rejects_what_mist_rejects_with_its_detail()
    {
        await using var sim = await SimulatorScope.StartAsync();

        var badZone = await Assert.ThrowsAsync<MistValidationException>(() =>
            sim.Admin.Sites.CreateAsync(sim.OrgId, new SiteCreateOptions("X") { Timezone = "Mars/Olympus" }, Ct));
        var readOnly = await Assert.ThrowsAsync<MistForbiddenException>(() =>
            sim.Client(sim.Simulator.Tokens.ReadOnly).Sites.CreateAsync(sim.OrgId, new SiteCreateOptions("Y"), Ct));

        Assert.Contains("timezone", badZone.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(403, readOnly.Status);
        Assert.Equal(0, sim.Simulator.Counters.Get("POST", "/api/v1/orgs/{org_id}/sites") - 2);
    }

    [Fact]
    public async Task Settings_are_read_and_merged()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var siteId = Guid.Parse(sim.Seed.Sites[0].Id);
        var changes = new SiteSettingUpdateOptions();
        changes.Set("auto_upgrade", new JsonObject { ["enabled"] = true, ["time_of_day"] = "02:00" });

        var updated = await sim.Admin.Sites.UpdateSettingAsync(siteId, changes, Ct);
        var read = await sim.Admin.Sites.GetSettingAsync(siteId, Ct);

        Assert.Equal(siteId, read.SiteId);
        Assert.True(updated.AdditionalProperties!["auto_upgrade"].GetProperty("enabled").GetBoolean());
        Assert.Equal("02:00", read.AdditionalProperties!["auto_upgrade"].GetProperty("time_of_day").GetString());
    }
}

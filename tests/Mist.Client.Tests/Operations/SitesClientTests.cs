using System.Net;
using System.Text.Json.Nodes;

namespace Mist.Tests.Operations;

public class SitesClientTests
{
    private static readonly Guid s_site2 = Guid.Parse("4ac1dcf4-9d8b-7211-65c4-057819f08622");
    private static readonly Guid s_site3 = Guid.Parse("4ac1dcf4-9d8b-7211-65c4-057819f08633");
    private static readonly Guid s_group = Guid.Parse("90000000-0000-4000-8000-000000000090");
    private static readonly string s_sitePath = $"/api/v1/sites/{TestClient.SiteId}";

    [Fact]
    public async Task ListAsync_sends_limit_1000_page_1_and_maps_sites()
    {
        using var t = new TestClient();
        t.Handler.On(
            "GET",
            $"/api/v1/orgs/{TestClient.OrgId}/sites",
            HttpStatusCode.OK,
            Json.Array([Json.Site(TestClient.SiteId, "HQ"), Json.Site(s_site2, "Lab", ""","rftemplate_id":null""")]),
            ("X-Page-Limit", "1000"),
            ("X-Page-Page", "1"),
            ("X-Page-Total", "2"));

        var sites = await t.Client.Sites.ListAsync(TestClient.OrgId).ToListAsync(TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/orgs/{TestClient.OrgId}/sites", ("limit", "1000"), ("page", "1"));
        RequestAssert.NoBody(t.Handler.SingleRequest);
        Assert.Equal([(TestClient.SiteId, "HQ"), (s_site2, "Lab")], sites.Select(s => (s.Id, s.Name)));
        Assert.Equal(TestClient.OrgId, sites[0].OrgId);
        Assert.Equal("Europe/Paris", sites[0].Timezone);
        Assert.Equal("FR", sites[0].CountryCode);
        Assert.Equal(1596588619.007, sites[0].CreatedTime);
        Assert.Equal(1596588620.5, sites[0].ModifiedTime);
        Assert.True(sites[1].AdditionalProperties!.ContainsKey("rftemplate_id"));
    }

    [Fact]
    public async Task GetAsync_sends_GET_site_and_maps_every_field()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_sitePath, HttpStatusCode.OK, Json.Site(
            TestClient.SiteId,
            "HQ",
            $$""","address":"1 Rue X, Paris","latlng":{"lat":48.85,"lng":2.35},"notes":"main","sitegroup_ids":["{{s_group}}"],"tzoffset":60,"templates":{"rf":null,"list":[1,2.5]}"""));

        var site = await t.Client.Sites.GetAsync(TestClient.SiteId, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_sitePath);
        Assert.Equal(TestClient.SiteId, site.Id);
        Assert.Equal("HQ", site.Name);
        Assert.Equal("1 Rue X, Paris", site.Address);
        Assert.Equal(new LatLng(48.85, 2.35), site.Latlng);
        Assert.Equal("main", site.Notes);
        Assert.Equal([s_group], site.SitegroupIds!);
        Assert.Equal(1596588619.007, site.CreatedTime);
        Assert.Equal(["templates", "tzoffset"], site.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"rf":null,"list":[1,2.5]}""", site.AdditionalProperties["templates"].GetRawText());
    }

    [Fact]
    public async Task FindByNameAsync_follows_next_keeps_exact_case_sensitive_names_and_gets_each_match()
    {
        using var t = new TestClient();
        var searchPath = $"/api/v1/orgs/{TestClient.OrgId}/sites/search";
        var next = $"{searchPath}?name=HQ&limit=1000&search_after=%5B1596588619%2C%22b%22%5D";
        t.Handler.On("GET", searchPath, r => FakeMistHandler.Response(
            HttpStatusCode.OK,
            r.Query("search_after") is null
                ? $$"""{"results":[{"id":"{{TestClient.SiteId}}","site_id":"{{TestClient.SiteId}}","name":"HQ"},{"id":"{{s_site3}}","name":"hq"},{"id":"{{s_site3}}","name":"HQ North"}],"limit":3,"total":5,"next":"{{next}}"}"""
                : $$"""{"results":[{"id":"{{s_site2}}","name":"HQ"},{"id":"{{TestClient.SiteId}}","name":"HQ"}],"limit":3,"total":5}"""));
        t.Handler.On("GET", s_sitePath, HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ"));
        t.Handler.On("GET", $"/api/v1/sites/{s_site2}", HttpStatusCode.OK, Json.Site(s_site2, "HQ"));

        var sites = await t.Client.Sites.FindByNameAsync(TestClient.OrgId, "HQ", TestContext.Current.CancellationToken);

        Assert.Equal([TestClient.SiteId, s_site2], sites.Select(s => s.Id));
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", searchPath, ("name", "HQ"), ("limit", "1000")),
            r =>
            {
                RequestAssert.Sent(r, "GET", searchPath, ("name", "HQ"), ("limit", "1000"), ("search_after", """[1596588619,"b"]"""));
                Assert.Equal(next, r.PathAndQuery);
            },
            r => RequestAssert.Sent(r, "GET", s_sitePath),
            r => RequestAssert.Sent(r, "GET", $"/api/v1/sites/{s_site2}"));
    }

    [Fact]
    public async Task FindByNameAsync_with_no_exact_match_returns_empty_after_the_search_only()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/sites/search", HttpStatusCode.OK, $$"""{"results":[{"id":"{{s_site2}}","name":"Lab 2"}],"total":1}""");

        var sites = await t.Client.Sites.FindByNameAsync(TestClient.OrgId, "Lab", TestContext.Current.CancellationToken);

        Assert.Empty(sites);
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", $"/api/v1/orgs/{TestClient.OrgId}/sites/search", ("name", "Lab"), ("limit", "1000"));
    }

    [Fact]
    public async Task CreateAsync_posts_only_the_fields_set()
    {
        using var t = new TestClient();
        t.Handler.On("POST", $"/api/v1/orgs/{TestClient.OrgId}/sites", HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ"));
        var options = new SiteCreateOptions("HQ") { CountryCode = "FR", Latlng = new LatLng(48.85, 2.35) };
        options.Set("rftemplate_id", JsonValue.Create(s_group.ToString()));

        var site = await t.Client.Sites.CreateAsync(TestClient.OrgId, options, TestContext.Current.CancellationToken);

        var request = t.Handler.SingleRequest;
        RequestAssert.Sent(request, "POST", $"/api/v1/orgs/{TestClient.OrgId}/sites");
        RequestAssert.Body(request, $$"""{"name":"HQ","country_code":"FR","latlng":{"lat":48.85,"lng":2.35},"rftemplate_id":"{{s_group}}"}""");
        Assert.Equal(TestClient.SiteId, site.Id);
        Assert.Equal("Europe/Paris", site.Timezone);
    }

    [Fact]
    public async Task UpdateAsync_puts_only_set_fields_with_explicit_null_and_any_field()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", s_sitePath, HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ 2"));
        var changes = new SiteUpdateOptions { Name = "HQ 2", Notes = null, Address = "gone" };
        changes.Unset("address");
        changes.Set("sitegroup_ids", new JsonArray(s_group.ToString()));

        var site = await t.Client.Sites.UpdateAsync(TestClient.SiteId, changes, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "PUT", s_sitePath);
        RequestAssert.Body(t.Handler.SingleRequest, $$"""{"name":"HQ 2","notes":null,"sitegroup_ids":["{{s_group}}"]}""");
        Assert.Equal("HQ 2", site.Name);
    }

    [Fact]
    public async Task UpdateAsync_with_no_change_throws_and_sends_nothing()
    {
        using var t = new TestClient();

        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Sites.UpdateAsync(TestClient.SiteId, new SiteUpdateOptions(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Sites.UpdateSettingAsync(TestClient.SiteId, new SiteSettingUpdateOptions(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Sites.FindByNameAsync(TestClient.OrgId, " ", TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentException>(() => new SiteCreateOptions(""));

        Assert.Empty(t.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.NoContent)]
    public async Task DeleteAsync_sends_DELETE_and_accepts_an_empty_200_or_204(HttpStatusCode status)
    {
        using var t = new TestClient();
        t.Handler.On("DELETE", s_sitePath, status);

        await t.Client.Sites.DeleteAsync(TestClient.SiteId, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "DELETE", s_sitePath);
        RequestAssert.NoBody(t.Handler.SingleRequest);
    }

    [Fact]
    public async Task GetSettingAsync_sends_GET_setting_and_keeps_every_section()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_sitePath + "/setting", HttpStatusCode.OK, $$$"""
            {"id":"{{{s_group}}}","site_id":"{{{TestClient.SiteId}}}","org_id":"{{{TestClient.OrgId}}}","created_time":1596588619.007,
             "modified_time":1596588620.25,"auto_upgrade":{"enabled":true,"day_of_week":"sun"},"vars":{"vlan":"10"},"wids":{}}
            """);

        var setting = await t.Client.Sites.GetSettingAsync(TestClient.SiteId, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_sitePath + "/setting");
        Assert.Equal((s_group, TestClient.SiteId, TestClient.OrgId), (setting.Id!.Value, setting.SiteId!.Value, setting.OrgId!.Value));
        Assert.Equal((1596588619.007, 1596588620.25), (setting.CreatedTime!.Value, setting.ModifiedTime!.Value));
        Assert.Equal(["auto_upgrade", "vars", "wids"], setting.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"enabled":true,"day_of_week":"sun"}""", setting.AdditionalProperties["auto_upgrade"].GetRawText());
    }

    [Fact]
    public async Task UpdateSettingAsync_puts_only_the_sections_set()
    {
        using var t = new TestClient();
        t.Handler.On("PUT", s_sitePath + "/setting", HttpStatusCode.OK, $$$"""{"site_id":"{{{TestClient.SiteId}}}","auto_upgrade":{"enabled":true}}""");
        var changes = new SiteSettingUpdateOptions();
        changes.Set("auto_upgrade", new JsonObject { ["enabled"] = true }).Set("rtsa", null);

        var setting = await t.Client.Sites.UpdateSettingAsync(TestClient.SiteId, changes, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "PUT", s_sitePath + "/setting");
        RequestAssert.Body(t.Handler.SingleRequest, """{"auto_upgrade":{"enabled":true},"rtsa":null}""");
        Assert.Equal(TestClient.SiteId, setting.SiteId);
        Assert.True(setting.AdditionalProperties!["auto_upgrade"].GetProperty("enabled").GetBoolean());
    }
}

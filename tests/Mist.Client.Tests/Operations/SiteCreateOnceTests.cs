using System.Net;

namespace Mist.Tests.Operations;

/// <summary><see cref="SitesClient.CreateOnceAsync"/>: an ambiguous failure is resolved by name, so a site is never created twice.</summary>
public class SiteCreateOnceTests
{
    private static readonly string s_sitesPath = $"/api/v1/orgs/{TestClient.OrgId}/sites";
    private static readonly string s_searchPath = $"/api/v1/orgs/{TestClient.OrgId}/sites/search";
    private static readonly string s_sitePath = $"/api/v1/sites/{TestClient.SiteId}";

    [Fact]
    public async Task A_5xx_after_which_the_site_exists_returns_that_site_without_a_second_post()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.InternalServerError, """{"detail":"created, then the proxy failed"}""");
        t.Handler.On("GET", s_searchPath, HttpStatusCode.OK, $$"""{"results":[{"id":"{{TestClient.SiteId}}","name":"HQ"}],"total":1,"limit":1000,"start":0,"end":0}""");
        t.Handler.On("GET", s_sitePath, HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ"));

        var site = await t.Client.Sites.CreateOnceAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken);

        Assert.Equal(TestClient.SiteId, site.Id);
        Assert.Single(t.Handler.Requests, r => r.Method == "POST" && r.Path == s_sitesPath);
    }

    [Fact]
    public async Task A_connection_lost_before_mist_created_it_is_tried_again_after_looking()
    {
        using var t = new TestClient();
        t.Handler.EnqueueException(new HttpRequestException(HttpRequestError.ResponseEnded, "reset"));
        t.Handler.Enqueue(HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ"));
        t.Handler.On("GET", s_searchPath, HttpStatusCode.OK, """{"results":[],"total":0,"limit":1000,"start":0,"end":0}""");

        var site = await t.Client.Sites.CreateOnceAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken);

        Assert.Equal("HQ", site.Name);
        Assert.Equal(["POST", "GET", "POST"], t.Handler.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_refusal_is_not_ambiguous_and_is_thrown_at_once()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.BadRequest, """{"detail":"invalid timezone"}""");

        await Assert.ThrowsAsync<MistValidationException>(() =>
            t.Client.Sites.CreateOnceAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken));

        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Repeated_ambiguous_failures_end_with_the_last_error_after_a_final_look()
    {
        using var t = new TestClient(o => o.Retry.MaxRetries = 0);
        t.Handler.On("POST", s_sitesPath, HttpStatusCode.BadGateway, """{"detail":"down"}""");
        t.Handler.On("GET", s_searchPath, HttpStatusCode.OK, """{"results":[],"total":0,"limit":1000,"start":0,"end":0}""");

        var error = await Assert.ThrowsAsync<MistServerException>(() =>
            t.Client.Sites.CreateOnceAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken));

        Assert.Equal(502, error.Status);
        Assert.Equal(3, t.Handler.Requests.Count(r => r.Method == "POST"));
        Assert.Equal(3, t.Handler.Requests.Count(r => r.Method == "GET"));
    }
}

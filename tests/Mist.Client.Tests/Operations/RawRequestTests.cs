using System.Net;
using System.Text.Json.Nodes;

namespace Mist.Tests.Operations;

public class RawRequestTests
{
    private static readonly string s_orgPath = $"/api/v1/orgs/{TestClient.OrgId}";

    [Fact]
    public async Task SendAsync_GET_sends_path_query_and_headers_and_returns_status_headers_and_json()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_orgPath + "/inventory", HttpStatusCode.OK, """[{"mac":"5c5b35000018"}]""", ("X-Page-Total", "1"), ("X-Request-Id", "req-1"));
        var request = new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/inventory?type=ap").AddQuery("serial", "A B&C").AddQuery("skipped", null);

        var response = await t.Client.SendAsync(request, TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", s_orgPath + "/inventory", ("type", "ap"), ("serial", "A B&C"));
        RequestAssert.NoBody(t.Handler.SingleRequest);
        Assert.Equal(200, response.Status);
        Assert.Equal("req-1", response.RequestId);
        Assert.Equal(1, response.PageHeaders!.Total);
        Assert.Equal("5c5b35000018", response.ReadJson()!.Value[0].GetProperty("mac").GetString());
    }

    [Fact]
    public async Task SendAsync_POST_and_PUT_send_the_json_body_as_given()
    {
        using var t = new TestClient();
        t.Handler.On("POST", s_orgPath + "/webhooks", HttpStatusCode.OK, """{"id":"w1"}""");
        t.Handler.On("PUT", s_orgPath, HttpStatusCode.OK, """{"name":"Acme 2"}""");
        var ct = TestContext.Current.CancellationToken;

        var created = await t.Client.SendAsync(new MistRequest(HttpMethod.Post, $"/api/v1/orgs/{TestClient.OrgId}/webhooks").WithJson("""{"name":"hook","topics":["alarms"]}"""), ct);
        var updated = await t.Client.SendAsync(new MistRequest(HttpMethod.Put, $"orgs/{TestClient.OrgId}").WithJson(new JsonObject { ["name"] = "Acme 2" }), ct);

        Assert.Collection(
            t.Handler.Requests,
            r =>
            {
                RequestAssert.Sent(r, "POST", s_orgPath + "/webhooks");
                RequestAssert.Body(r, """{"name":"hook","topics":["alarms"]}""");
            },
            r =>
            {
                RequestAssert.Sent(r, "PUT", s_orgPath);
                RequestAssert.Body(r, """{"name":"Acme 2"}""");
            });
        Assert.Equal("w1", created.ReadJson()!.Value.GetProperty("id").GetString());
        Assert.Equal("Acme 2", updated.ReadJson()!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task SendAsync_DELETE_returns_an_empty_200()
    {
        using var t = new TestClient();
        t.Handler.On("DELETE", "/api/v1/sites/" + TestClient.SiteId, HttpStatusCode.OK);

        var response = await t.Client.SendAsync(new MistRequest(HttpMethod.Delete, "sites/" + TestClient.SiteId), TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "DELETE", "/api/v1/sites/" + TestClient.SiteId);
        Assert.Equal(200, response.Status);
        Assert.Null(response.ReadJson());
    }

    [Fact]
    public async Task SendAsync_without_ThrowOnError_returns_a_404_response()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_orgPath, HttpStatusCode.NotFound, """{"id":"org"}""");

        var response = await t.Client.SendAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}") { ThrowOnError = false }, TestContext.Current.CancellationToken);
        var e = await Assert.ThrowsAsync<MistNotFoundException>(() => t.Client.SendAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}"), TestContext.Current.CancellationToken));

        Assert.Equal(404, response.Status);
        Assert.False(response.IsSuccess);
        Assert.Equal("""{"id":"org"}""", response.Text);
        Assert.Equal(404, e.Status);
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Theory]
    [InlineData("self", "/api/v1/self", null)]
    [InlineData("/self/usage", "/api/v1/self/usage", null)]
    [InlineData("api/v1/self", "/api/v1/self", null)]
    [InlineData("  /API/V1/orgs/x/sites?limit=5&page=2 ", "/api/v1/orgs/x/sites", "limit=5&page=2")]
    [InlineData("orgs/x/sites/search?search_after=%5B1%5D", "/api/v1/orgs/x/sites/search", "search_after=%5B1%5D")]
    public void MistRequest_normalises_paths_under_api_v1(string given, string path, string? query)
    {
        var request = new MistRequest(HttpMethod.Get, given);

        Assert.Equal(path, request.Path);
        Assert.Equal(query is null ? path : path + "?" + query, request.PathAndQuery);
    }

    [Fact]
    public async Task A_normalised_path_is_what_is_sent()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self/usage", HttpStatusCode.OK, "{}");

        await t.Client.SendAsync(new MistRequest(HttpMethod.Get, "/API/V1/self/usage?x=%20y"), TestContext.Current.CancellationToken);

        Assert.Equal("/api/v1/self/usage?x=%20y", t.Handler.SingleRequest.PathAndQuery);
    }

    [Theory]
    [InlineData("https://evil.example/api/v1/self")]
    [InlineData("//evil.example/api/v1/self")]
    [InlineData("http://api.mist.com/api/v1/self")]
    [InlineData("sites/../self")]
    [InlineData("/api/v1/../v2/self")]
    [InlineData("sites/%2e%2E/self")]
    [InlineData("sites/./x")]
    [InlineData("sites//x")]
    [InlineData("api/v1")]
    [InlineData("")]
    [InlineData("self#fragment")]
    [InlineData("self\\usage")]
    [InlineData("self usage")]
    public void MistRequest_refuses_absolute_urls_dot_segments_and_bad_characters(string path)
    {
        using var t = new TestClient();

        Assert.Throws<ArgumentException>(() => new MistRequest(HttpMethod.Get, path));

        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public void MistRequest_refuses_methods_Mist_does_not_use()
    {
        Assert.Throws<ArgumentException>(() => new MistRequest(HttpMethod.Patch, "sites/x"));
        Assert.Throws<ArgumentException>(() => new MistRequest(HttpMethod.Get, "self").WithJson("{not json"));
    }

    [Fact]
    public async Task GetAllAsync_pages_a_bare_array_by_X_Page_headers()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_orgPath + "/sites", r => r.Query("page") switch
        {
            null => FakeMistHandler.Response(HttpStatusCode.OK, """[{"n":1},{"n":2}]""", ("X-Page-Limit", "2"), ("X-Page-Page", "1"), ("X-Page-Total", "3")),
            "2" => FakeMistHandler.Response(HttpStatusCode.OK, """[{"n":3}]""", ("X-Page-Limit", "2"), ("X-Page-Page", "2"), ("X-Page-Total", "3")),
            _ => FakeMistHandler.Response(HttpStatusCode.BadRequest),
        });

        var items = await t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/sites?limit=2")).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("n").GetInt32()));
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", s_orgPath + "/sites", ("limit", "2")),
            r => RequestAssert.Sent(r, "GET", s_orgPath + "/sites", ("limit", "2"), ("page", "2")));
    }

    [Fact]
    public async Task GetAllAsync_follows_a_search_next_link_verbatim()
    {
        using var t = new TestClient();
        var next = s_orgPath + "/devices/search?type=switch&limit=1000&search_after=%5B%22a%22%5D";
        t.Handler.On("GET", s_orgPath + "/devices/search", r => FakeMistHandler.Response(
            HttpStatusCode.OK,
            r.Query("search_after") is null
                ? $$"""{"results":[{"n":1},{"n":2}],"limit":2,"total":3,"start":1614383378.4365287,"end":1614383379,"next":"{{next}}"}"""
                : """{"results":[{"n":3}],"limit":2,"total":3}"""));

        var items = await t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/devices/search").AddQuery("type", "switch")).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("n").GetInt32()));
        Assert.Equal(2, t.Handler.Requests.Count);
        RequestAssert.Sent(t.Handler.Requests[0], "GET", s_orgPath + "/devices/search", ("type", "switch"), ("limit", "1000"));
        Assert.Equal(next, t.Handler.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task GetAllAsync_pages_a_page_based_search_envelope()
    {
        using var t = new TestClient();
        t.Handler.On("GET", s_orgPath + "/inventory/search", r => FakeMistHandler.Response(HttpStatusCode.OK, r.Query("page") switch
        {
            null => """{"results":[{"n":1},{"n":2}],"limit":2,"page":1,"total":3}""",
            "2" => """{"results":[{"n":3}],"limit":2,"page":2,"total":3}""",
            _ => """{"results":[],"limit":2,"page":3,"total":3}""",
        }));

        var items = await t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/inventory/search?limit=2")).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("n").GetInt32()));
        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", s_orgPath + "/inventory/search", ("limit", "2")),
            r => RequestAssert.Sent(r, "GET", s_orgPath + "/inventory/search", ("limit", "2"), ("page", "2")));
    }

    [Fact]
    public async Task GetAllAsync_yields_a_single_object_once()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, """{"email":"a@b.c","privileges":[]}""");

        var items = await t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, "self")).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal("a@b.c", Assert.Single(items).GetProperty("email").GetString());
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", "/api/v1/self", ("limit", "1000"));
    }

    [Fact]
    public void GetAllAsync_refuses_anything_but_GET_without_a_request()
    {
        using var t = new TestClient();

        Assert.Throws<ArgumentException>(() => t.Client.GetAllAsync(new MistRequest(HttpMethod.Post, "orgs/x/inventory")));

        Assert.Empty(t.Handler.Requests);
    }
}

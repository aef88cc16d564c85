using System.Net;
using System.Text.Json;

namespace Mist.Tests.Hostile;

/// <summary>
/// Issue 12, item 2: a server that never lets a list end. Every pager (numbered, next link, page search, raw) stops
/// with an error naming the request, after a bounded number of requests, and never yields an item twice.
/// </summary>
public class HostilePagingTests
{
    private static readonly string SitesPath = $"/api/v1/orgs/{TestClient.OrgId}/sites";

    private static string Sites(int from, int count) =>
        Json.Array(Enumerable.Range(from, count).Select(i => Json.Site(new Guid(i, 0, 0, new byte[8]), $"site-{i}")));

    private static (string, string)[] PageHeaders(int limit, int page, long total) =>
        [("X-Page-Limit", limit.ToString()), ("X-Page-Page", page.ToString()), ("X-Page-Total", total.ToString())];

    private static async Task<(List<T> Items, MistException Error)> DrainAsync<T>(AsyncPageable<T> pageable, string? token = null, int? size = null)
        where T : notnull
    {
        var items = new List<T>();
        var error = await Assert.ThrowsAnyAsync<MistException>(async () =>
        {
            await foreach (var page in pageable.AsPages(token, size).WithCancellation(TestContext.Current.CancellationToken))
            {
                items.AddRange(page.Values);
            }
        });
        return (items, error);
    }

    [Fact]
    public async Task A_server_that_ignores_page_and_sends_full_pages_is_stopped_at_the_second_page()
    {
        using var t = new TestClient();
        t.Handler.On("GET", SitesPath, HttpStatusCode.OK, Sites(0, 5));

        var (items, error) = await DrainAsync(t.Client.Sites.ListAsync(TestClient.OrgId), size: 5);

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Equal(5, items.Count);
        Assert.Equal(5, items.Select(s => s.Id).Distinct().Count());
        Assert.Contains($"GET {SitesPath}", error.Message, StringComparison.Ordinal);
        Assert.Contains("repeats an item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_total_with_one_row_that_ignores_page_is_stopped_within_the_window()
    {
        using var t = new TestClient();
        t.Handler.On("GET", SitesPath, r => FakeMistHandler.Response(HttpStatusCode.OK, Sites(0, 1), PageHeaders(1000, 1, 1_000_000)));

        var (items, error) = await DrainAsync(t.Client.Sites.ListAsync(TestClient.OrgId));

        // The first page, then at most one window of concurrent pages (MaxConcurrentPages = 4).
        Assert.InRange(t.Handler.Requests.Count, 2, 5);
        Assert.Single(items);
        Assert.Contains("repeats an item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_paging_of_a_huge_total_with_one_row_is_stopped_and_emits_the_row_once()
    {
        using var t = new TestClient(o => o.MaxConcurrentPages = 1);
        t.Handler.On("GET", SitesPath, r => FakeMistHandler.Response(HttpStatusCode.OK, Sites(0, 1), PageHeaders(1000, 1, 1_000_000)));

        var (items, error) = await DrainAsync(t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/sites")));

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Single(items);
        Assert.Contains($"GET {SitesPath}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_next_link_that_repeats_the_current_url_is_stopped()
    {
        using var t = new TestClient();
        var path = $"/api/v1/orgs/{TestClient.OrgId}/sites/search";
        var call = 0;
        t.Handler.On("GET", path, r =>
        {
            var n = Interlocked.Increment(ref call);
            var body = $$"""{"results":{{Sites(n, 1)}},"total":100,"limit":1,"next":"{{path}}?name=x&search_after=same"}""";
            return FakeMistHandler.Response(HttpStatusCode.OK, body);
        });

        var (_, error) = await DrainAsync(t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/sites/search?name=x")));

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Contains("already requested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_search_whose_next_link_repeats_is_stopped()
    {
        using var t = new TestClient();
        var path = $"/api/v1/orgs/{TestClient.OrgId}/devices/search";
        var call = 0;
        t.Handler.On("GET", path, r =>
        {
            var n = Interlocked.Increment(ref call);
            var mac = n.ToString("x12");
            var body = $$"""{"results":[{"mac":"{{mac}}","model":"AP43","type":"ap","org_id":"{{TestClient.OrgId}}"}],"total":50,"next":"{{path}}?search_after=loop"}""";
            return FakeMistHandler.Response(HttpStatusCode.OK, body);
        });

        var (items, error) = await DrainAsync(t.Client.Devices.SearchAsync(TestClient.OrgId));

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Single(items);
        Assert.Contains($"GET {path}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_page_before_the_total_is_an_error_not_a_silently_short_list()
    {
        using var t = new TestClient(o => o.MaxConcurrentPages = 1);
        t.Handler.On("GET", SitesPath, r =>
        {
            var page = int.Parse(r.Query("page")!);
            return FakeMistHandler.Response(HttpStatusCode.OK, page == 1 ? Sites(0, 5) : "[]", PageHeaders(5, page, 20));
        });

        var (items, error) = await DrainAsync(t.Client.Sites.ListAsync(TestClient.OrgId), size: 5);

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Equal(5, items.Count);
        Assert.Contains("came back empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fresh_pages_past_twice_the_first_total_are_refused()
    {
        // Every page new and every link new, but the first page said there are 3 items: the list cannot be 8 pages long.
        using var t = new TestClient();
        var path = $"/api/v1/orgs/{TestClient.OrgId}/alarms/search";
        var call = 0;
        t.Handler.On("GET", path, r =>
        {
            var n = Interlocked.Increment(ref call);
            var body = $$"""{"results":[{"id":"{{new Guid(n, 0, 0, new byte[8])}}"}],"total":3,"next":"{{path}}?search_after={{n}}"}""";
            return FakeMistHandler.Response(HttpStatusCode.OK, body);
        });

        var (items, error) = await DrainAsync(t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/alarms/search")));

        Assert.Equal(8, t.Handler.Requests.Count);
        Assert.Equal(7, items.Count);
        Assert.Equal(7, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        Assert.Contains("more than twice the 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_that_comes_back_unchanged_is_refused_so_an_agent_cannot_loop()
    {
        // MCP hands out AsPages continuation tokens as cursors, one page a call: a next link equal to the cursor
        // it was fetched with would send the agent round forever.
        using var t = new TestClient();
        var path = $"/api/v1/orgs/{TestClient.OrgId}/alarms/search";
        t.Handler.On("GET", path, HttpStatusCode.OK, $$"""{"results":[{"id":"a"}],"total":9,"next":"{{path}}?search_after=1"}""");
        var request = new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/alarms/search");

        var (items, error) = await DrainAsync(t.Client.GetAllAsync(request), token: $"next:{path}?search_after=1");

        Assert.Single(t.Handler.Requests);
        Assert.Empty(items);
        Assert.Contains("already requested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_that_grows_a_little_while_read_still_completes()
    {
        using var t = new TestClient(o => o.MaxConcurrentPages = 1);
        t.Handler.On("GET", SitesPath, r =>
        {
            var page = int.Parse(r.Query("page")!);
            var total = page == 1 ? 10 : 12;
            return FakeMistHandler.Response(HttpStatusCode.OK, Sites((page - 1) * 5, Math.Min(5, total - ((page - 1) * 5))), PageHeaders(5, page, total));
        });

        var names = new List<string>();
        await foreach (var site in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 5).WithCancellation(TestContext.Current.CancellationToken))
        {
            names.AddRange(site.Values.Select(s => s.Name!));
        }

        Assert.Equal(12, names.Count);
        Assert.Equal(12, names.Distinct().Count());
    }

    [Fact]
    public void Item_digests_read_bare_arrays_and_search_envelopes_alike()
    {
        var array = PageGuard<JsonElement>.ItemDigests("""[{"a":1},{"b":2}]"""u8.ToArray());
        var envelope = PageGuard<JsonElement>.ItemDigests("""{"next":"/x","results":[{"a":1},{"b":2}],"total":2}"""u8.ToArray());

        Assert.Equal(2, array.Count);
        Assert.Equal(array, envelope);
        Assert.Empty(PageGuard<JsonElement>.ItemDigests("""{"id":"x"}"""u8.ToArray()));
    }
}

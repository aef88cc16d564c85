using CsCheck;
using System.Net;

namespace Mist.Tests;

public class PagingTests
{
    private static string Sites(int from, int count) =>
        Json.Array(Enumerable.Range(from, count).Select(i => Json.Site(new Guid(i, 0, 0, new byte[8]), $"site-{i}")));

    private static (string, string)[] PageHeaders(int limit, int page, int total) =>
        [("X-Page-Limit", limit.ToString()), ("X-Page-Page", page.ToString()), ("X-Page-Total", total.ToString())];

    [Fact]
    public async Task Page_number_style_requests_limit_1000_and_stops_at_the_total()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/sites", r =>
        {
            var page = int.Parse(r.Query("page")!);
            var count = page < 3 ? 1000 : 500;
            return FakeMistHandler.Response(HttpStatusCode.OK, Sites((page - 1) * 1000, count), PageHeaders(1000, page, 2500));
        });

        var names = new List<string>();
        await foreach (var site in t.Client.Sites.ListAsync(TestClient.OrgId).WithCancellation(TestContext.Current.CancellationToken))
        {
            names.Add(site.Name!);
        }

        Assert.Equal(2500, names.Count);
        Assert.Equal(2500, names.Distinct().Count());
        Assert.Equal(["1", "2", "3"], t.Handler.Requests.Select(r => r.Query("page")!));
        Assert.All(t.Handler.Requests, r => Assert.Equal("1000", r.Query("limit")));
    }

    [Fact]
    public async Task Page_number_style_trusts_the_total_over_rows_returned()
    {
        // Virtual chassis: the total counts members the rows do not show, so a short page is not the end.
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/sites", r =>
        {
            var page = int.Parse(r.Query("page")!);
            return FakeMistHandler.Response(HttpStatusCode.OK, Sites(page * 10, page == 1 ? 2 : 1), PageHeaders(2, page, 3));
        });

        var pages = new List<Page<Site>>();
        await foreach (var page in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 2).WithCancellation(TestContext.Current.CancellationToken))
        {
            pages.Add(page);
        }

        Assert.Equal(2, pages.Count);
        Assert.Equal("2", pages[0].ContinuationToken);
        Assert.Null(pages[1].ContinuationToken);
        Assert.Equal(3, pages[0].Total);
    }

    [Fact]
    public async Task Page_number_style_without_headers_continues_while_pages_are_full()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/sites", r =>
        {
            var page = int.Parse(r.Query("page")!);
            return FakeMistHandler.Response(HttpStatusCode.OK, Sites(page * 10, page < 3 ? 5 : 0));
        });

        var count = 0;
        await foreach (var _ in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 5).WithCancellation(TestContext.Current.CancellationToken))
        {
            count++;
        }

        Assert.Equal(3, count);
        Assert.Equal(3, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_failed_page_throws_after_the_pages_before_it_with_no_duplicates_or_gaps()
    {
        // One page at a time, so no page after the failed one is even requested (ConcurrentPagingTests covers the rest).
        using var t = new TestClient(o =>
        {
            o.Retry.MaxRetries = 0;
            o.MaxConcurrentPages = 1;
        });
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/sites", r =>
        {
            var page = int.Parse(r.Query("page")!);
            return page == 3
                ? FakeMistHandler.Response(HttpStatusCode.InternalServerError, """{"detail":"boom"}""")
                : FakeMistHandler.Response(HttpStatusCode.OK, Sites(page * 100, 10), PageHeaders(10, page, 50));
        });

        var seen = new List<string>();
        var error = await Assert.ThrowsAsync<MistServerException>(async () =>
        {
            await foreach (var site in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 10).WithCancellation(TestContext.Current.CancellationToken))
            {
                seen.AddRange(site.Values.Select(s => s.Name!));
            }
        });

        Assert.Equal(20, seen.Count);
        Assert.Equal(20, seen.Distinct().Count());
        Assert.Equal(Enumerable.Range(100, 10).Concat(Enumerable.Range(200, 10)).Select(i => $"site-{i}"), seen);
        Assert.Equal(500, error.Status);
        Assert.Equal("boom", error.Detail);
        Assert.Equal(3, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task Next_link_style_follows_next_verbatim_until_it_is_absent()
    {
        using var t = new TestClient();
        var path = $"/api/v1/orgs/{TestClient.OrgId}/devices/search";
        var next1 = path + "?end=1711035686&limit=2&search_after=%5B1711031354000%2C+%2256bfa7af%22%5D&start=1710949286";
        var next2 = path + "?end=1711035686&limit=2&search_after=%5B2%5D&start=1710949286";
        t.Handler.On("GET", path, r => r.Query("search_after") switch
        {
            null => FakeMistHandler.Response(HttpStatusCode.OK, $$"""{"results":[{"mac":"000000000001"},{"mac":"000000000002"}],"start":1710949286,"end":1711035686.4365287,"limit":2,"total":5,"next":"{{next1}}"}"""),
            "[1711031354000, \"56bfa7af\"]" => FakeMistHandler.Response(HttpStatusCode.OK, $$"""{"results":[{"mac":"000000000003"},{"mac":"000000000004"}],"start":1710949286,"end":1711035686,"limit":2,"total":5,"next":"{{next2}}"}"""),
            _ => FakeMistHandler.Response(HttpStatusCode.OK, """{"results":[{"mac":"000000000005"}],"start":1710949286,"end":1711035686,"limit":2,"total":5}"""),
        });

        var macs = new List<string>();
        await foreach (var device in t.Client.Devices.SearchAsync(TestClient.OrgId).AsPages(pageSizeHint: 2).WithCancellation(TestContext.Current.CancellationToken))
        {
            macs.AddRange(device.Values.Select(d => d.Mac!));
        }

        Assert.Equal(["000000000001", "000000000002", "000000000003", "000000000004", "000000000005"], macs);
        Assert.Equal(3, t.Handler.Requests.Count);
        Assert.Equal(next1, t.Handler.Requests[1].PathAndQuery);
        Assert.Equal(next2, t.Handler.Requests[2].PathAndQuery);
    }

    [Fact]
    public async Task Next_link_to_another_host_is_refused_and_nothing_is_sent_there()
    {
        using var t = new TestClient();
        var path = $"/api/v1/orgs/{TestClient.OrgId}/devices/search";
        t.Handler.On("GET", path, HttpStatusCode.OK, """{"results":[{"mac":"000000000001"}],"total":2,"limit":1,"start":0,"end":1,"next":"https://evil.example/api/v1/x?search_after=1"}""");

        var error = await Assert.ThrowsAsync<MistException>(async () =>
        {
            await foreach (var _ in t.Client.Devices.SearchAsync(TestClient.OrgId).WithCancellation(TestContext.Current.CancellationToken))
            {
            }
        });

        Assert.Contains("next", error.Message, StringComparison.Ordinal);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Page_based_search_envelope_is_followed_by_page_number()
    {
        using var t = new TestClient();
        var path = $"/api/v1/orgs/{TestClient.OrgId}/inventory/search";
        t.Handler.On("GET", path, r =>
        {
            var page = int.Parse(r.Query("page") ?? "1");
            var results = string.Join(",", Enumerable.Range(0, page < 3 ? 2 : 1).Select(i => $$"""{"mac":"00000000000{{page}}{{i}}"}"""));
            return FakeMistHandler.Response(HttpStatusCode.OK, $$"""{"results":[{{results}}],"limit":2,"page":{{page}},"total":5}""");
        });

        var items = new List<string>();
        await foreach (var item in t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/inventory/search")).AsPages(pageSizeHint: 2).WithCancellation(TestContext.Current.CancellationToken))
        {
            items.AddRange(item.Values.Select(v => v.GetProperty("mac").GetString()!));
        }

        Assert.Equal(5, items.Count);
        Assert.Equal(5, items.Distinct().Count());
        // The first request is sent as given (the server's first page); later ones name their page.
        Assert.Equal([null, "2", "3"], t.Handler.Requests.Select(r => r.Query("page")));
        Assert.All(t.Handler.Requests, r => Assert.Equal("2", r.Query("limit")));
    }

    [Fact]
    public async Task Pages_can_resume_from_a_continuation_token()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/sites", r =>
        {
            var page = int.Parse(r.Query("page")!);
            return FakeMistHandler.Response(HttpStatusCode.OK, Sites(page * 10, 1), PageHeaders(1, page, 4));
        });

        var pages = new List<Page<Site>>();
        await foreach (var page in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages("3", 1).WithCancellation(TestContext.Current.CancellationToken))
        {
            pages.Add(page);
        }

        Assert.Equal(["3", "4"], t.Handler.Requests.Select(r => r.Query("page")!));
        Assert.Equal(2, pages.Count);
    }

    [Theory]
    [InlineData(1, 100, 100, 250, "2")]
    [InlineData(2, 100, 100, 250, "3")]
    [InlineData(3, 100, 50, 250, null)]
    [InlineData(1, 100, 100, 100, null)]
    [InlineData(1, 100, 0, 500, null)]
    public void Next_page_number_follows_the_total(int page, int limit, int rows, long total, string? expected) =>
        Assert.Equal(expected, Pagers.NextPageNumber(new MistPageHeaders(limit, page, total), page, limit, rows));

    [Fact]
    public void Next_page_number_arithmetic_holds_for_any_total() =>
        Gen.Select(Gen.Int[1, 1000], Gen.Long[0, 200_000]).Sample((limit, total) =>
        {
            // Walking the pages visits ceil(total / limit) pages and never loops.
            var pages = 0;
            string? next = "1";
            while (next is not null && pages <= 200_001)
            {
                var page = int.Parse(next);
                var rows = (int)Math.Clamp(total - ((long)(page - 1) * limit), 0, limit);
                pages++;
                next = Pagers.NextPageNumber(new MistPageHeaders(limit, page, total), page, limit, rows);
            }

            var expected = total == 0 ? 1 : (int)((total + limit - 1) / limit);
            return pages == expected;
        });
}

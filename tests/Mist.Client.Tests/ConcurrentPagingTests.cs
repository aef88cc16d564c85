using System.Net;

namespace Mist.Tests;

public class ConcurrentPagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestClient Client(PagedSitesHandler handler, int? maxConcurrentPages = null, Action<MistClientOptions>? configure = null) =>
        new(o =>
        {
            o.Transport = handler;
            o.Retry.MaxRetries = 0;
            if (maxConcurrentPages is { } n)
            {
                o.MaxConcurrentPages = n;
            }

            configure?.Invoke(o);
        });

    private static async Task<List<string>> NamesAsync(AsyncPageable<Site> sites, int pageSize)
    {
        var names = new List<string>();
        await foreach (var page in sites.AsPages(pageSizeHint: pageSize).WithCancellation(Ct))
        {
            names.AddRange(page.Values.Select(s => s.Name!));
        }

        return names;
    }

    [Fact]
    public async Task Pages_after_the_first_come_back_in_order_even_when_they_complete_in_reverse()
    {
        // Page 5 answers first, page 2 last: the caller still sees 1, 2, 3, 4, 5.
        var handler = new PagedSitesHandler(total: 45);
        var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = Enumerable.Range(0, 6).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        handler.Hold = async (page, ct) =>
        {
            if (page == 1)
            {
                return;
            }

            if (handler.InFlight == 4)
            {
                allIn.TrySetResult();
            }

            await allIn.Task.WaitAsync(ct);
            if (page < 5)
            {
                await done[page + 1].Task.WaitAsync(ct);
            }

            done[page].TrySetResult();
        };
        using var t = Client(handler);

        var names = await NamesAsync(t.Client.Sites.ListAsync(TestClient.OrgId), 10);

        Assert.Equal(Enumerable.Range(0, 45).Select(PagedSitesHandler.Name), names);
        Assert.Equal([1, 2, 3, 4, 5], handler.Requested.Order());
        Assert.Equal(4, handler.MaxInFlight);
    }

    [Fact]
    public async Task Exactly_the_minimum_number_of_requests_is_made_and_every_page_asks_for_1000()
    {
        var handler = new PagedSitesHandler(total: 50_000);
        using var t = Client(handler);

        var count = 0;
        await foreach (var _ in t.Client.Sites.ListAsync(TestClient.OrgId).WithCancellation(Ct))
        {
            count++;
        }

        Assert.Equal(50_000, count);
        Assert.Equal(Enumerable.Range(1, 50), handler.Requested.Order());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(16)]
    public async Task No_more_pages_than_the_option_allows_are_in_flight(int width)
    {
        // Every answer after the first waits until the window is full once, so the maximum is reached however the machine schedules.
        var handler = new PagedSitesHandler(total: 200);
        var full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        handler.Hold = async (page, ct) =>
        {
            // Page 1 comes alone (it gives the total); the window opens after it.
            if (page == 1)
            {
                return;
            }

            if (handler.InFlight >= width)
            {
                full.TrySetResult();
            }

            await full.Task.WaitAsync(ct);
        };
        using var t = Client(handler, width);

        var names = await NamesAsync(t.Client.Sites.ListAsync(TestClient.OrgId), 10);

        Assert.Equal(Enumerable.Range(0, 200).Select(PagedSitesHandler.Name), names);
        Assert.Equal(20, handler.Requested.Count);
        Assert.Equal(width, handler.MaxInFlight);
    }

    [Fact]
    public async Task A_failure_on_page_3_of_5_throws_after_pages_1_and_2_with_no_gap_or_duplicate()
    {
        var handler = new PagedSitesHandler(total: 50) { Status = page => page == 3 ? HttpStatusCode.NotFound : HttpStatusCode.OK };
        using var t = Client(handler);

        var seen = new List<string>();
        await Assert.ThrowsAsync<MistNotFoundException>(async () =>
        {
            await foreach (var page in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 10).WithCancellation(Ct))
            {
                seen.AddRange(page.Values.Select(s => s.Name!));
            }
        });

        Assert.Equal(Enumerable.Range(0, 20).Select(PagedSitesHandler.Name), seen);
        Assert.Equal(0, handler.InFlight);
    }

    [Fact]
    public async Task Cancelling_stops_the_pages_in_flight()
    {
        var handler = new PagedSitesHandler(total: 50);
        handler.Hold = (page, ct) => page == 1 ? Task.CompletedTask : Task.Delay(Timeout.Infinite, ct);
        using var t = Client(handler);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        await using var pages = t.Client.Sites.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 10).GetAsyncEnumerator(cancel.Token);
        Assert.True(await pages.MoveNextAsync());
        var second = pages.MoveNextAsync().AsTask();
        await TestClient.WaitUntilAsync(() => handler.InFlight == 4);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        await TestClient.WaitUntilAsync(() => handler.InFlight == 0);
        Assert.Equal(4, handler.Cancelled);
        Assert.Equal(5, handler.Requested.Count);
    }

    [Fact]
    public async Task A_caller_that_reads_one_page_makes_one_request()
    {
        var handler = new PagedSitesHandler(total: 50);
        using var t = Client(handler);

        await foreach (var page in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages("3", 10).WithCancellation(Ct))
        {
            Assert.Equal("4", page.ContinuationToken);
            break;
        }

        Assert.Equal([3], handler.Requested);
    }

    [Fact]
    public async Task Continuation_tokens_are_the_same_as_when_pages_are_read_one_by_one()
    {
        var handler = new PagedSitesHandler(total: 45);
        using var t = Client(handler);

        var tokens = new List<string?>();
        await foreach (var page in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages("2", 10).WithCancellation(Ct))
        {
            tokens.Add(page.ContinuationToken);
        }

        Assert.Equal(["3", "4", "5", null], tokens);
        Assert.Equal([2, 3, 4, 5], handler.Requested.Order());
    }

    [Fact]
    public async Task No_page_is_started_that_the_client_side_budget_cannot_cover()
    {
        // Four calls this hour and five pages: four pages are read, the fifth is refused (MaxWait is zero), none exceeds the budget.
        var handler = new PagedSitesHandler(total: 50);
        using var t = Client(handler, configure: o => o.RateBudget.CallsPerHour = 4);

        var seen = new List<string>();
        await Assert.ThrowsAsync<MistRateLimitException>(async () =>
        {
            await foreach (var page in t.Client.Sites.ListAsync(TestClient.OrgId).AsPages(pageSizeHint: 10).WithCancellation(Ct))
            {
                seen.AddRange(page.Values.Select(s => s.Name!));
            }
        });

        Assert.Equal(Enumerable.Range(0, 40).Select(PagedSitesHandler.Name), seen);
        Assert.Equal([1, 2, 3, 4], handler.Requested.Order());
        Assert.Equal(0, t.Client.GetRateBudget()[0].Remaining);
    }

    [Fact]
    public async Task The_raw_pager_fetches_numbered_pages_concurrently_too()
    {
        var handler = new PagedSitesHandler(total: 45);
        var full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        handler.Hold = async (page, ct) =>
        {
            if (page == 1)
            {
                return;
            }

            if (handler.InFlight >= 4)
            {
                full.TrySetResult();
            }

            await full.Task.WaitAsync(ct);
        };
        using var t = Client(handler);

        var count = 0;
        await foreach (var _ in t.Client.GetAllAsync(new MistRequest(HttpMethod.Get, $"/api/v1/orgs/{TestClient.OrgId}/sites?limit=10")).WithCancellation(Ct))
        {
            count++;
        }

        Assert.Equal(45, count);
        Assert.Equal([1, 2, 3, 4, 5], handler.Requested.Order());
        Assert.Equal(4, handler.MaxInFlight);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void The_option_is_bounded(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MistClientOptions { MaxConcurrentPages = value });
}

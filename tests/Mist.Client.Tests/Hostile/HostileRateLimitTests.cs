using System.Net;

namespace Mist.Tests.Hostile;

/// <summary>
/// Issue 12, item 8: a 429 without a usable <c>Retry-After</c> is backed off exponentially with jitter (each wait
/// said through <see cref="MistRateBudgetOptions.OnWait"/>), not for the rest of the clock hour, and the final
/// error names the 429, the attempts and the server's figure.
/// </summary>
public class HostileRateLimitTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("garbage")]
    [InlineData("Infinity")]
    public async Task A_429_without_a_usable_retry_after_backs_off_and_says_so(string? retryAfter)
    {
        var waits = new List<MistWaitNotice>();
        using var t = new TestClient(o => o.RateBudget.OnWait = waits.Add);
        (string, string)[] headers = retryAfter is null ? [] : [("Retry-After", retryAfter)];
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.TooManyRequests, """{"detail":"Too Many Requests"}""", headers);
        var started = t.Time.GetUtcNow();

        var error = await Assert.ThrowsAsync<MistRateLimitException>(() => t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken)));

        var requests = t.Handler.Requests.Count;
        Assert.Equal(4, requests);
        Assert.Equal(requests - 1, waits.Count);
        Assert.All(waits, w => Assert.Equal(MistWaitReason.ServerRateLimit, w.Reason));
        Assert.All(waits, w => Assert.InRange(w.Delay, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30)));
        Assert.True(t.Time.GetUtcNow() - started < TimeSpan.FromMinutes(1), $"waited {t.Time.GetUtcNow() - started}");
        Assert.Contains("429", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 4 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(retryAfter, error.ServerRetryAfter);
    }

    [Fact]
    public async Task A_round_that_goes_back_to_wait_for_the_budget_keeps_the_retries_it_has_left()
    {
        // 3 calls an hour: the 4th attempt finds the hour's budget spent and waits for the next hour, announced,
        // outside the timeouts. It is the same round: one attempt is left, not a fresh set of retries. With MaxWait,
        // a 429 that outlasts the retries is waited out in up to 3 rounds: 3 rounds of 4 attempts, never more.
        var waits = new System.Collections.Concurrent.ConcurrentQueue<MistWaitNotice>();
        using var t = new TestClient(o =>
        {
            o.RateBudget.CallsPerHour = 3;
            o.RateBudget.MaxWait = TimeSpan.FromHours(1);
            o.RateBudget.OnWait = waits.Enqueue;
        });
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.TooManyRequests, """{"detail":"Too Many Requests"}""", ("Retry-After", "1"));

        // The clock moves 100 ms at a time, and by a whole announced budget wait once (its timer already runs).
        var call = t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        var released = 0;
        // A guard, not a speed check: an unbounded loop of rounds would otherwise never end.
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (!call.IsCompleted && guard.Elapsed < TimeSpan.FromSeconds(30) && t.Handler.Requests.Count < 100)
        {
            await Task.Yield();
            var budgetWaits = waits.Where(w => w.Reason == MistWaitReason.ClientBudget).ToList();
            if (budgetWaits.Count > released)
            {
                t.Time.Advance(budgetWaits[released++].Delay);
            }
            else if (!call.IsCompleted)
            {
                t.Time.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        Assert.True(call.IsCompleted, $"still running: {t.Handler.Requests.Count} requests");
        var error = await Assert.ThrowsAsync<MistRateLimitException>(() => call);

        Assert.Contains(waits, w => w.Reason == MistWaitReason.ClientBudget);
        Assert.True(t.Handler.Requests.Count == 12, $"{t.Handler.Requests.Count} requests: {error.Message}");
        Assert.Contains("after 12 attempt(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Persistent_429s_end_with_the_servers_figure()
    {
        using var t = new TestClient(o => o.RateBudget.MaxWait = TimeSpan.FromMinutes(5));
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.TooManyRequests, """{"detail":"Too Many Requests"}""", ("Retry-After", "1"));

        var error = await Assert.ThrowsAsync<MistRateLimitException>(() => t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken)));

        // Three rounds of four attempts: bounded, each a second apart as the server asked.
        Assert.Equal(12, t.Handler.Requests.Count);
        Assert.Contains("429 Too Many Requests", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 12 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Retry-After was '1', 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_backoff_doubles_with_jitter_and_stays_under_the_cap()
    {
        using var t = new TestClient();
        var pipeline = new MistPipeline(new MistCredential(TestClient.Token), new MistClientOptions { Transport = t.Handler });

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var nominal = Math.Min(800 * Math.Pow(2, attempt - 1), 30_000);
            Assert.InRange(pipeline.ThrottleBackoff(attempt).TotalMilliseconds, nominal / 2, nominal);
        }
    }
}

using System.Net;

namespace Mist.Tests;

/// <summary>Per-call options: a scope changes the timeouts and retries of the calls made in it, and only those.</summary>
public class CallOptionsTests
{
    [Fact]
    public async Task Without_retry_the_first_answer_is_the_result()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""");
        t.Handler.Enqueue(HttpStatusCode.OK, """{"name":"me"}""");

        using (MistCallOptions.Begin(new MistCallOptions { Retry = false }))
        {
            await Assert.ThrowsAsync<MistServerException>(() => t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken)));
        }

        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Outside_the_scope_the_clients_retries_apply_again()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""");
        t.Handler.Enqueue(HttpStatusCode.OK, """{"name":"me"}""");
        using (MistCallOptions.Begin(new MistCallOptions { Retry = false }))
        {
        }

        var self = await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.NotNull(self);
    }

    [Fact]
    public async Task A_429_is_not_waited_out_without_retry()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"slow down"}""", ("Retry-After", "2"));
        t.Handler.Enqueue(HttpStatusCode.OK, """{"name":"me"}""");

        using (MistCallOptions.Begin(new MistCallOptions { Retry = false }))
        {
            await Assert.ThrowsAsync<MistRateLimitException>(() => t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken)));
        }

        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task The_attempt_timeout_of_the_scope_wins_over_the_clients()
    {
        using var t = new TestClient();
        var hang = new RetryTests.HangingHandler();
        using var client = new MistClient(new MistCredential(TestClient.Token), new MistClientOptions
        {
            Transport = hang,
            TimeProvider = t.Time,
            AttemptTimeout = TimeSpan.FromMinutes(1),
            Timeout = TimeSpan.FromHours(1),
            Retry = { MaxRetries = 0 },
        });

        MistTimeoutException error;
        using (MistCallOptions.Begin(new MistCallOptions { AttemptTimeout = TimeSpan.FromSeconds(3) }))
        {
            error = await Assert.ThrowsAsync<MistTimeoutException>(() =>
                t.RunAsync(() => client.Self.GetAsync(TestContext.Current.CancellationToken), TimeSpan.FromSeconds(1)));
        }

        Assert.Contains("(timeout 3 s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operation_timeout_of_the_scope_bounds_the_retries()
    {
        using var t = new TestClient();
        var hang = new RetryTests.HangingHandler();
        using var client = new MistClient(new MistCredential(TestClient.Token), new MistClientOptions
        {
            Transport = hang,
            TimeProvider = t.Time,
            AttemptTimeout = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromHours(1),
            Retry = { MaxRetries = 10 },
        });

        MistTimeoutException error;
        using (MistCallOptions.Begin(new MistCallOptions { Timeout = TimeSpan.FromSeconds(8) }))
        {
            error = await Assert.ThrowsAsync<MistTimeoutException>(() =>
                t.RunAsync(() => client.Self.GetAsync(TestContext.Current.CancellationToken), TimeSpan.FromSeconds(1)));
        }

        Assert.InRange(hang.Calls, 1, 2);
        Assert.Contains("(timeout 8 s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MistCallOptions.Begin(new MistCallOptions { Timeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => MistCallOptions.Begin(new MistCallOptions { AttemptTimeout = TimeSpan.FromSeconds(-1) }));
        Assert.Null(MistCallOptions.Current);
    }
}

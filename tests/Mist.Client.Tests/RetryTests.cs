using System.Net;

namespace Mist.Tests;

public class RetryTests
{
    private const string SelfJson = """{"email":"ops@example.com","privileges":[]}""";

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured_on_429()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"Too Many Request"}""", ("Retry-After", "7"));
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);

        var self = await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal("ops@example.com", self.Email);
        var gap = t.Handler.Requests[1].At - t.Handler.Requests[0].At;
        // The lower bound is the rule; the upper one only rules out waiting for the hour to turn.
        Assert.InRange(gap, TimeSpan.FromSeconds(7), TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_honoured()
    {
        using var t = new TestClient();
        var at = t.Time.GetUtcNow().AddSeconds(12).ToString("r");
        t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""", ("Retry-After", at));
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);

        await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        var gap = t.Handler.Requests[1].At - t.Handler.Requests[0].At;
        Assert.InRange(gap, TimeSpan.FromSeconds(12), TimeSpan.FromMinutes(2));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Get_is_retried_on_transient_statuses(HttpStatusCode status)
    {
        using var t = new TestClient();
        t.Handler.Enqueue(status, """{"detail":"try again"}""");
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);

        await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task Get_is_retried_on_a_connection_failure()
    {
        using var t = new TestClient();
        t.Handler.EnqueueException(new HttpRequestException(HttpRequestError.ResponseEnded, "connection reset"));
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);

        var self = await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal("ops@example.com", self.Email);
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task Get_gives_up_after_the_configured_retries_with_the_last_error()
    {
        using var t = new TestClient(o => o.Retry.MaxRetries = 2);
        for (var i = 0; i < 3; i++)
        {
            t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"still down"}""");
        }

        var error = await Assert.ThrowsAsync<MistServerException>(() => t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(3, t.Handler.Requests.Count);
        Assert.Equal(3, error.Response!.Attempts);
        Assert.Equal("still down", error.Detail);
    }

    [Fact]
    public async Task Post_is_not_retried_on_500()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.InternalServerError, """{"detail":"oops"}""");

        var error = await Assert.ThrowsAsync<MistServerException>(() =>
            t.RunAsync(() => t.Client.Sites.CreateAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken)));

        Assert.Single(t.Handler.Requests);
        Assert.Equal(500, error.Status);
    }

    [Fact]
    public async Task Post_is_not_retried_when_the_connection_dropped_after_sending()
    {
        using var t = new TestClient();
        t.Handler.EnqueueException(new HttpRequestException(HttpRequestError.ResponseEnded, "reset"));

        await Assert.ThrowsAsync<MistConnectionException>(() =>
            t.RunAsync(() => t.Client.Sites.CreateAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken)));

        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Post_is_not_retried_after_an_attempt_timeout()
    {
        using var t = new TestClient();
        var hang = new HangingHandler();
        // The overall timeout is far away so that only the attempt timeout can fire.
        using var client = new MistClient(new MistCredential(TestClient.Token), new MistClientOptions
        {
            Transport = hang,
            TimeProvider = t.Time,
            AttemptTimeout = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromHours(1),
        });

        var error = await Assert.ThrowsAsync<MistTimeoutException>(() =>
            t.RunAsync(() => client.Sites.CreateAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken), TimeSpan.FromSeconds(1)));

        Assert.Equal(1, hang.Calls);
        Assert.Contains("timed out after 1 attempt(s) (timeout 5 s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_is_retried_after_an_attempt_timeout_and_then_times_out()
    {
        using var t = new TestClient();
        var hang = new HangingHandler();
        using var client = new MistClient(new MistCredential(TestClient.Token), new MistClientOptions
        {
            Transport = hang,
            TimeProvider = t.Time,
            AttemptTimeout = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromHours(1),
            Retry = { MaxRetries = 2 },
        });

        var error = await Assert.ThrowsAsync<MistTimeoutException>(() =>
            t.RunAsync(() => client.Self.GetAsync(TestContext.Current.CancellationToken), TimeSpan.FromSeconds(1)));

        Assert.Equal(3, hang.Calls);
        Assert.Contains("timed out after 3 attempt(s) (timeout 5 s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_is_retried_when_the_connection_was_never_made()
    {
        using var t = new TestClient();
        t.Handler.EnqueueException(new HttpRequestException(HttpRequestError.ConnectionError, "connection refused"));
        t.Handler.Enqueue(HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ"));

        var site = await t.RunAsync(() => t.Client.Sites.CreateAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken));

        Assert.Equal("HQ", site.Name);
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task Post_is_retried_on_429_because_mist_did_nothing()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"Too Many Request"}""", ("Retry-After", "2"));
        t.Handler.Enqueue(HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ"));

        await t.RunAsync(() => t.Client.Sites.CreateAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken));

        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_429_rotates_to_the_next_token_of_the_pool_without_waiting()
    {
        using var t = new TestClient(credential: TestClient.Token + "," + TestClient.SecondToken);
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"Too Many Request"}""", ("Retry-After", "1800"));
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);

        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);

        var requests = t.Handler.Requests;
        Assert.Equal("Token " + TestClient.Token, requests[0].Header("Authorization"));
        Assert.Equal("Token " + TestClient.SecondToken, requests[1].Header("Authorization"));
        Assert.Equal("Token " + TestClient.SecondToken, requests[2].Header("Authorization"));
        Assert.Equal(requests[0].At, requests[1].At);
        var budget = t.Client.GetRateBudget();
        Assert.Equal(t.Time.GetUtcNow().AddSeconds(1800), budget[0].ThrottledUntil);
        Assert.Null(budget[1].ThrottledUntil);
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_fails_at_once_saying_how_long()
    {
        using var t = new TestClient(o => o.Retry.MaxRetryAfter = TimeSpan.FromMinutes(1));
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"Too Many Request. The API Token used for the request reached the 5000 API Calls per hour threshold"}""", ("Retry-After", "1500"));

        var error = await Assert.ThrowsAsync<MistRateLimitException>(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Single(t.Handler.Requests);
        Assert.Equal(TimeSpan.FromSeconds(1500), error.RetryAfter);
        Assert.False(error.IsClientSide);
        Assert.Contains("5000 API Calls per hour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_during_a_retry_wait_stops_at_once()
    {
        using var t = new TestClient();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var notices = new List<MistWaitNotice>();
        t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""", ("Retry-After", "60"));
        using var client = new MistClient(new MistCredential(TestClient.Token), new MistClientOptions
        {
            Transport = t.Handler,
            TimeProvider = t.Time,
            RateBudget = { OnWait = n => { notices.Add(n); cts.Cancel(); } },
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Self.GetAsync(cts.Token));

        Assert.Single(t.Handler.Requests);
        var notice = Assert.Single(notices);
        Assert.Equal(TimeSpan.FromSeconds(60), notice.Delay);
        Assert.Equal(MistWaitReason.Backoff, notice.Reason);
        Assert.Equal("/api/v1/self", notice.Path);
    }

    [Theory]
    [InlineData("120", 120.0)]
    [InlineData("0", 0.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("Thu, 26 Nov 2026 14:01:00 GMT", 60.0)]
    [InlineData("Thu, 26 Nov 2026 13:59:00 GMT", 0.0)]
    [InlineData("soon", null)]
    [InlineData("", null)]
    [InlineData("-5", null)]
    public void Retry_after_parses_seconds_and_dates(string value, double? expectedSeconds)
    {
        var now = new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero);
        Assert.Equal(expectedSeconds is { } s ? TimeSpan.FromSeconds(s) : null, MistResponse.ParseRetryAfter(value, now));
    }

    [Fact]
    public void Retry_after_never_throws_and_is_never_negative() =>
        CsCheck.Check.Sample(CsCheck.Gen.String, value =>
        {
            var delay = MistResponse.ParseRetryAfter(value, DateTimeOffset.UnixEpoch.AddYears(50));
            return delay is null || delay >= TimeSpan.Zero;
        });

    /// <summary>A transport that never answers until the attempt is cancelled.</summary>
    internal sealed class HangingHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            // Continuations run inline, so the client reacts within the fake clock's Advance and no real time passes.
            var never = new TaskCompletionSource<HttpResponseMessage>();
            await using var registration = cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
            return await never.Task;
        }
    }
}

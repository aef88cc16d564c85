using System.Net;

namespace Mist.Tests;

public class BudgetTests
{
    private const string SelfJson = """{"email":"ops@example.com","privileges":[]}""";

    private static TestClient Create(int callsPerHour, string? credential = null, TimeSpan? maxWait = null, Action<MistWaitNotice>? onWait = null)
    {
        var t = new TestClient(
            o =>
            {
                o.RateBudget.CallsPerHour = callsPerHour;
                o.RateBudget.MaxWait = maxWait ?? TimeSpan.Zero;
                o.RateBudget.OnWait = onWait;
            },
            credential);
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, SelfJson);
        return t;
    }

    [Fact]
    public async Task A_spent_budget_refuses_the_call_before_sending_and_says_when_it_returns()
    {
        using var t = Create(callsPerHour: 3);
        t.Time.Advance(TimeSpan.FromMinutes(45));
        for (var i = 0; i < 3; i++)
        {
            await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        }

        var error = await Assert.ThrowsAsync<MistRateLimitException>(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(3, t.Handler.Requests.Count);
        Assert.True(error.IsClientSide);
        Assert.Equal(429, error.Status);
        Assert.Equal(TimeSpan.FromMinutes(15), error.RetryAfter);
        Assert.Contains("was not sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_budget_returns_when_the_clock_hour_turns()
    {
        using var t = Create(callsPerHour: 2);
        t.Time.Advance(TimeSpan.FromMinutes(59));
        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<MistRateLimitException>(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        t.Time.Advance(TimeSpan.FromMinutes(1));
        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, t.Handler.Requests.Count);
        var budget = Assert.Single(t.Client.GetRateBudget());
        Assert.Equal(1, budget.Used);
        Assert.Equal(1, budget.Remaining);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero), budget.ResetsAt);
    }

    [Fact]
    public async Task With_a_max_wait_the_client_says_how_long_and_waits_for_the_next_hour()
    {
        var notices = new List<MistWaitNotice>();
        using var t = Create(callsPerHour: 1, maxWait: TimeSpan.FromHours(1), onWait: notices.Add);
        t.Time.Advance(TimeSpan.FromMinutes(30));
        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);

        await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken), TimeSpan.FromMinutes(1));

        var notice = Assert.Single(notices);
        Assert.Equal(MistWaitReason.ClientBudget, notice.Reason);
        Assert.Equal(TimeSpan.FromMinutes(30), notice.Delay);
        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.True(t.Handler.Requests[1].At >= new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_pool_spends_each_token_in_turn_then_stops()
    {
        using var t = Create(callsPerHour: 2, credential: TestClient.Token + "," + TestClient.SecondToken);
        for (var i = 0; i < 4; i++)
        {
            await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        }

        await Assert.ThrowsAsync<MistRateLimitException>(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            ["Token " + TestClient.Token, "Token " + TestClient.Token, "Token " + TestClient.SecondToken, "Token " + TestClient.SecondToken],
            t.Handler.Requests.Select(r => r.Header("Authorization")!));
        Assert.All(t.Client.GetRateBudget(), b => Assert.Equal(0, b.Remaining));
    }

    [Fact]
    public async Task Every_attempt_counts_against_the_budget()
    {
        using var t = new TestClient(o => o.RateBudget.CallsPerHour = 10);
        t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""");
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);

        await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(2, Assert.Single(t.Client.GetRateBudget()).Used);
    }

    [Fact]
    public async Task A_disabled_budget_counts_nothing_and_limits_nothing()
    {
        using var t = new TestClient(o => o.RateBudget.Enabled = false);
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, SelfJson);
        for (var i = 0; i < 20; i++)
        {
            await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        }

        var budget = Assert.Single(t.Client.GetRateBudget());
        Assert.Null(budget.Limit);
        Assert.Null(budget.Remaining);
        Assert.Equal(20, t.Handler.Requests.Count);
    }

    [Fact]
    public void Default_budget_is_mists_5000_calls_per_hour()
    {
        using var t = new TestClient();
        var budget = Assert.Single(t.Client.GetRateBudget());
        Assert.Equal(5000, budget.Limit);
        Assert.Equal(5000, budget.Remaining);
    }

    [Fact]
    public async Task A_long_server_429_is_waited_out_when_max_wait_allows_and_said_first()
    {
        var notices = new List<MistWaitNotice>();
        using var t = new TestClient(o =>
        {
            o.RateBudget.MaxWait = TimeSpan.FromHours(1);
            o.RateBudget.OnWait = notices.Add;
        });
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"Too Many Request"}""", ("Retry-After", "600"));
        t.Handler.Enqueue(HttpStatusCode.OK, Json.Site(TestClient.SiteId, "HQ"));

        var site = await t.RunAsync(() => t.Client.Sites.CreateAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), TestContext.Current.CancellationToken), TimeSpan.FromSeconds(30));

        Assert.Equal("HQ", site.Name);
        var notice = Assert.Single(notices);
        Assert.Equal(MistWaitReason.ServerRateLimit, notice.Reason);
        Assert.Equal(TimeSpan.FromSeconds(600), notice.Delay);
        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.True(t.Handler.Requests[1].At - t.Handler.Requests[0].At >= TimeSpan.FromSeconds(600));
    }

    [Fact]
    public async Task The_next_call_waits_out_a_short_server_throttle_instead_of_refusing()
    {
        var notices = new List<MistWaitNotice>();
        using var t = new TestClient(o =>
        {
            o.Retry.MaxRetries = 0;
            o.RateBudget.OnWait = notices.Add;
        });
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"Too Many Request"}""", ("Retry-After", "10"));
        t.Handler.Enqueue(HttpStatusCode.OK, SelfJson);

        await Assert.ThrowsAsync<MistRateLimitException>(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));
        var self = await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal("ops@example.com", self.Email);
        var notice = Assert.Single(notices);
        Assert.Equal(MistWaitReason.ServerRateLimit, notice.Reason);
        Assert.True(t.Handler.Requests[1].At - t.Handler.Requests[0].At >= TimeSpan.FromSeconds(10));
    }
}

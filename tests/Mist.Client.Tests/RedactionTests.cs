using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Mist.Tests;

public class RedactionTests
{
    private const string CookieValue = "sessionid=c00kie5ecretvalue";
    private const string CsrfValue = "csrf5ecretvalue987";

    [Fact]
    public async Task Logs_at_the_most_verbose_level_hold_no_token_cookie_or_csrf_value()
    {
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        using var t = new TestClient(
            o =>
            {
                o.Diagnostics.IsLoggingContentEnabled = true;
                // Even a careless allow-list cannot expose secrets.
                o.Diagnostics.LoggedHeaderNames.Add("Authorization");
                o.Diagnostics.LoggedHeaderNames.Add("Set-Cookie");
                o.Diagnostics.LoggedHeaderNames.Add("X-CSRFToken");
            },
            credential: TestClient.Token + "," + TestClient.SecondToken,
            loggerFactory: factory);
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"slow down"}""", ("Retry-After", "1"));
        t.Handler.Enqueue(HttpStatusCode.OK, """{"email":"ops@example.com","privileges":[]}""",
            ("Set-Cookie", CookieValue), ("X-CSRFToken", CsrfValue), ("X-Request-Id", "req-9"));

        var request = new MistRequest(HttpMethod.Get, "self?secret_key=hunter2&limit=5");
        var response = await t.RunAsync(() => t.Client.SendAsync(request, TestContext.Current.CancellationToken));

        var logs = string.Join("\n", collector.GetSnapshot().Select(r => r.Message + " " + r.Exception));
        Assert.NotEmpty(collector.GetSnapshot());
        foreach (var secret in new[] { TestClient.Token, TestClient.SecondToken, "c00kie5ecret", CsrfValue, "hunter2" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        // What is allowed is shown: method, path, allow-listed query, status, request id, attempt.
        Assert.Contains("GET /api/v1/self?secret_key=REDACTED&limit=5", logs, StringComparison.Ordinal);
        Assert.Contains("429", logs, StringComparison.Ordinal);
        Assert.Contains("req-9", logs, StringComparison.Ordinal);
        Assert.Contains("attempt 2", logs, StringComparison.Ordinal);
        Assert.Contains("Authorization: REDACTED", logs, StringComparison.Ordinal);
        Assert.Equal(["REDACTED"], response.Headers["Set-Cookie"]);
    }

    [Fact]
    public async Task Bodies_are_not_logged_unless_asked_and_then_capped()
    {
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var body = """{"email":"ops@example.com","privileges":[],"pad":"PADDING-MARKER-""" + new string('x', 100) + "\"}";
        using (var t = new TestClient(loggerFactory: factory))
        {
            t.Handler.Enqueue(HttpStatusCode.OK, body);
            await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        }

        Assert.DoesNotContain(collector.GetSnapshot(), r => r.Message.Contains("PADDING-MARKER", StringComparison.Ordinal));

        using (var t = new TestClient(o => { o.Diagnostics.IsLoggingContentEnabled = true; o.Diagnostics.LoggedContentSizeLimit = 80; }, loggerFactory: factory))
        {
            t.Handler.Enqueue(HttpStatusCode.OK, body);
            await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        }

        var logged = Assert.Single(collector.GetSnapshot(), r => r.Message.Contains("PADDING-MARKER", StringComparison.Ordinal));
        Assert.DoesNotContain(new string('x', 20), logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_never_show_their_tokens()
    {
        var credential = new MistCredential(TestClient.Token + "," + TestClient.SecondToken);
        Assert.Equal("MistCredential(2 tokens)", credential.ToString());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("abc def", "whitespace")]
    [InlineData("abc\n", "line break")]
    [InlineData("abc\r\n", "line break")]
    [InlineData("abc\tdef", "whitespace")]
    [InlineData("tökén", "non-ASCII")]
    public void Malformed_tokens_are_refused_without_repeating_them(string token, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => new MistCredential(token));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        if (token.Trim().Length > 0)
        {
            Assert.DoesNotContain(token.Trim(), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_pool_names_which_token_is_malformed_and_refuses_duplicates()
    {
        var error = Assert.Throws<ArgumentException>(() => new MistCredential("good1,bad one"));
        Assert.Contains("API token 2 of 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MistCredential("same,same"));
        Assert.Throws<ArgumentException>(() => new MistCredential("a,,b"));
    }
}

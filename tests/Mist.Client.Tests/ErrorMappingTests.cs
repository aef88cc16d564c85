using System.Net;

namespace Mist.Tests;

public class ErrorMappingTests
{
    [Theory]
    [InlineData(400, typeof(MistValidationException))]
    [InlineData(401, typeof(MistAuthenticationException))]
    [InlineData(403, typeof(MistForbiddenException))]
    [InlineData(404, typeof(MistNotFoundException))]
    [InlineData(409, typeof(MistConflictException))]
    [InlineData(429, typeof(MistRateLimitException))]
    [InlineData(500, typeof(MistServerException))]
    [InlineData(501, typeof(MistServerException))]
    [InlineData(503, typeof(MistServerException))]
    [InlineData(418, typeof(MistApiException))]
    public async Task Each_status_maps_to_one_exception_type_carrying_what_the_api_said(int status, Type expected)
    {
        using var t = new TestClient(o =>
        {
            o.Retry.MaxRetries = 0;
            o.Retry.MaxRetryAfter = TimeSpan.Zero;
        });
        t.Handler.Enqueue((HttpStatusCode)status, """{"detail":"what Mist said"}""", ("X-Request-Id", "req-123"), ("Retry-After", "3600"));

        var error = await Assert.ThrowsAnyAsync<MistApiException>(() => t.Client.Sites.GetAsync(TestClient.SiteId, TestContext.Current.CancellationToken));

        Assert.IsType(expected, error);
        Assert.Equal(status, error.Status);
        Assert.Equal("what Mist said", error.Detail);
        Assert.Equal("GET", error.Method);
        Assert.Equal($"/api/v1/sites/{TestClient.SiteId}", error.Path);
        Assert.Equal("req-123", error.RequestId);
        Assert.Contains($"{status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("what Mist said", error.Message, StringComparison.Ordinal);
        Assert.Contains($"GET /api/v1/sites/{TestClient.SiteId}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_carries_its_retry_after()
    {
        using var t = new TestClient(o => o.Retry.MaxRetries = 0);
        t.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"detail":"Too Many Request"}""", ("Retry-After", "90"));

        var error = await Assert.ThrowsAsync<MistRateLimitException>(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(TimeSpan.FromSeconds(90), error.RetryAfter);
    }

    [Theory]
    [InlineData("""{"detail":"invalid field: topics","reason":"topic x unknown"}""", "invalid field: topics", "topic x unknown")]
    [InlineData("""{"detail":"bad","reason":["first","second"]}""", "bad", "first; second")]
    [InlineData("""{"reason":"only a reason"}""", null, "only a reason")]
    [InlineData("""{"detail":null}""", null, null)]
    [InlineData("", null, null)]
    [InlineData("\"just a string\"", "just a string", null)]
    public void Error_bodies_are_read_leniently(string body, string? detail, string? reason)
    {
        var error = MistErrorBody.Parse(System.Text.Encoding.UTF8.GetBytes(body));
        Assert.Equal(detail, error.Detail);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void A_non_json_error_page_becomes_a_short_single_line_detail()
    {
        var html = "<html>\n<body>502 Bad Gateway</body>\n</html>" + new string('x', 500);
        var error = MistErrorBody.Parse(System.Text.Encoding.UTF8.GetBytes(html));
        Assert.StartsWith("<html> <body>502 Bad Gateway", error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Detail!);
        Assert.True(error.Detail!.Length <= 201);
    }

    [Fact]
    public async Task A_404_with_an_id_body_says_what_was_not_found()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.NotFound, $$"""{"id":"{{TestClient.SiteId}}"}""");

        var error = await Assert.ThrowsAsync<MistNotFoundException>(() => t.Client.Sites.GetAsync(TestClient.SiteId, TestContext.Current.CancellationToken));

        Assert.Contains($"not found: {TestClient.SiteId}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_cloud_is_a_connection_exception_naming_the_host_only()
    {
        using var t = new TestClient(o => o.Retry.MaxRetries = 1);
        t.Handler.EnqueueException(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"));
        t.Handler.EnqueueException(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"));

        var error = await Assert.ThrowsAsync<MistConnectionException>(() => t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken)));

        Assert.Contains("api.mist.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClient.Token, error.ToString(), StringComparison.Ordinal);
    }
}

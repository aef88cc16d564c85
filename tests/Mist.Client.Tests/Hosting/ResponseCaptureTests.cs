using System.Net;

namespace Mist.Tests.Hosting;

/// <summary>The raw response behind a typed call, when asked for with <see cref="MistResponseCapture"/>.</summary>
public class ResponseCaptureTests
{
    [Fact]
    public async Task A_typed_call_inside_a_capture_gives_its_status_headers_and_request_id()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.OK, """{"id":"4ac1dcf4-9d8b-7211-65c4-057819f0862b","name":"HQ"}""", ("X-Request-Id", "req-7"));
        t.Handler.Enqueue(HttpStatusCode.NotFound, """{"detail":"gone"}""", ("X-Request-Id", "req-8"));

        using var capture = MistResponseCapture.Start();
        var site = await t.Client.Sites.GetAsync(TestClient.SiteId, TestContext.Current.CancellationToken);
        var first = capture.Response;
        await Assert.ThrowsAsync<MistNotFoundException>(() => t.Client.Sites.GetAsync(TestClient.SiteId, TestContext.Current.CancellationToken));

        Assert.Equal("HQ", site.Name);
        Assert.Equal(200, first!.Status);
        Assert.Equal("req-7", first.RequestId);
        Assert.Equal(404, capture.Response!.Status);
        Assert.Equal(["req-7", "req-8"], capture.Responses.Select(r => r.RequestId));
    }

    [Fact]
    public async Task Calls_outside_the_capture_or_after_it_is_disposed_are_not_recorded_and_captures_nest()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, """{"email":"ops@example.com","privileges":[]}""");

        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        var outer = MistResponseCapture.Start();
        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        using (var inner = MistResponseCapture.Start())
        {
            await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
            Assert.Single(inner.Responses);
        }

        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        outer.Dispose();
        await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, outer.Responses.Count);
    }
}

using System.Net;

namespace Mist.Tests.Hosting;

/// <summary>
/// <see cref="MistClientOptions.Transport"/> is how a caller brings its own <see cref="HttpMessageHandler"/> (a proxy
/// setup, a corporate handler chain, a handler from IHttpMessageHandlerFactory): it sits beneath the pipeline, so
/// retries, the rate budget and redacted logging still apply, and it stays the caller's to dispose.
/// </summary>
public class BringYourOwnHandlerTests
{
    [Fact]
    public async Task The_callers_handler_sees_every_attempt_with_the_pipelines_headers()
    {
        var own = new DisposalTrackingHandler(new FakeMistHandler());
        using var t = new TestClient(o => o.Transport = own);
        var inner = (FakeMistHandler)own.InnerHandler!;
        inner.Clock = t.Time;
        inner.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""");
        inner.Enqueue(HttpStatusCode.OK, DependencyInjection.MistServices.SelfJson);

        await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(2, own.Sent);
        Assert.All(inner.Requests, r => Assert.Equal("Token " + TestClient.Token, r.Header("Authorization")));
        // Each attempt through the caller's handler is a call against the budget.
        Assert.Equal(2, t.Client.GetRateBudget()[0].Used);
    }

    [Fact]
    public void Disposing_the_client_leaves_the_callers_handler_usable()
    {
        var own = new DisposalTrackingHandler(new FakeMistHandler());
        var client = new MistClient(new MistCredential(TestClient.Token), new MistClientOptions { Transport = own });

        client.Dispose();

        Assert.False(own.Disposed);
    }
}

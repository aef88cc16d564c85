using System.Net;

namespace Mist.Tests.Network;

/// <summary><see cref="MistClientOptions.WrapTransport"/>: a caller's step in front of the transport, not instead of it.</summary>
public class WrapTransportTests
{
    [Fact]
    public async Task The_wrapper_is_made_once_per_client_and_sees_every_attempt_with_its_retries()
    {
        var made = 0;
        var seen = new List<string>();
        using var t = new TestClient(o => o.WrapTransport = inner =>
        {
            made++;
            return new Counting(inner, seen);
        });
        t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""");
        t.Handler.Enqueue(HttpStatusCode.OK, """{"email":"a@example.com","privileges":[]}""");

        var self = await t.RunAsync(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal("a@example.com", self.Email);
        Assert.Equal(1, made);
        Assert.Equal(["GET /api/v1/self", "GET /api/v1/self"], seen);
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public void A_client_that_wraps_the_default_transport_releases_both_with_it()
    {
        DisposalProbe? probe = null;
        var client = new MistClient(new MistCredential(TestClient.Token), new MistClientOptions
        {
            WrapTransport = inner => probe = new DisposalProbe(inner),
        });

        client.Dispose();

        Assert.NotNull(probe);
        Assert.IsType<SocketsHttpHandler>(probe.Inner);
        Assert.True(probe.Disposed);
    }

    private sealed class Counting(HttpMessageHandler inner, List<string> seen) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class DisposalProbe(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public HttpMessageHandler Inner { get; } = inner;

        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}

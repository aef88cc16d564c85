namespace Mist.Tests.Support;

/// <summary>Passes requests on and remembers whether anyone disposed it.</summary>
public sealed class DisposalTrackingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public bool Disposed { get; private set; }

    public int Sent { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent++;
        return base.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}

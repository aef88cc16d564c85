using System.Net;

namespace Mist.Http2.Bench;

/// <summary>
/// What a caller would pass as <see cref="MistClientOptions.Transport"/> to choose the HTTP version: the SDK's own
/// handler settings (MistPipeline.CreateDefaultHandler) under a handler that sets the version of every request.
/// Both protocols go through the same two handlers, so the only difference measured is the version.
/// </summary>
internal static class ClientTransport
{
    public static HttpMessageHandler Create(Version version, string pin) => new VersionHandler(version)
    {
        InnerHandler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            // The benchmark's own self-signed certificate, pinned: trusted here and nowhere else.
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && SelfSignedCertificate.Pin(certificate) == pin },
        },
    };

    private sealed class VersionHandler(Version version) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // OrLower: ALPN decides; a front without h2 would still be spoken to in HTTP/1.1.
            request.Version = version;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
            return base.SendAsync(request, cancellationToken);
        }
    }
}

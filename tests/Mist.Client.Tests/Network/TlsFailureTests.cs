using System.Security.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Mist.Tests.Network;

/// <summary>
/// Real TLS handshakes with a server on 127.0.0.1 whose certificates the test made: each refusal says why and how to
/// fix it, and is never retried (the server sees one connection).
/// </summary>
public class TlsFailureTests
{
    private static async Task<(MistConnectionException Error, string Logs, int Connections)> CallAsync(TlsFront front, string host)
    {
        var collector = new FakeLogCollector();
        using var logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        using var client = new MistClient(
            new MistCredential(TestClient.Token),
            new MistClientOptions { Cloud = MistCloud.FromUri(new Uri($"https://{host}:{front.Port}")), LoggerFactory = logs });
        var error = await Assert.ThrowsAsync<MistConnectionException>(() => client.Self.GetAsync(TestContext.Current.CancellationToken));
        var text = string.Join("\n", collector.GetSnapshot().Select(r => r.Message));
        Assert.DoesNotContain(TestClient.Token, error.ToString() + text, StringComparison.Ordinal);
        return (error, text, front.Connections);
    }

    [Fact]
    public async Task A_certificate_from_an_untrusted_CA_says_untrusted_chain_names_the_issuer_and_the_fix_and_is_not_retried()
    {
        using var ca = TestCertificates.CreateCa("Corp Inspection CA");
        await using var front = new TlsFront(TestCertificates.CreateServer(ca, ["localhost", "127.0.0.1"]));

        var (error, logs, connections) = await CallAsync(front, "127.0.0.1");

        Assert.Contains("untrusted chain", error.Message, StringComparison.Ordinal);
        Assert.Contains("Corp Inspection CA", error.Message, StringComparison.Ordinal);
        Assert.Contains("SSL_CERT_FILE", error.Message, StringComparison.Ordinal);
        Assert.Contains("SSL_CERT_DIR", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 1 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("inner exception", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("name mismatch", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, connections);
        Assert.DoesNotContain("Retrying", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_for_another_name_says_name_mismatch_and_which_names_it_is_for()
    {
        using var ca = TestCertificates.CreateCa();
        await using var front = new TlsFront(TestCertificates.CreateServer(ca, ["api.example.test", "portal.example.test"]));

        var (error, _, connections) = await CallAsync(front, "127.0.0.1");

        Assert.Contains("name mismatch", error.Message, StringComparison.Ordinal);
        Assert.Contains("api.example.test, portal.example.test", error.Message, StringComparison.Ordinal);
        Assert.Contains("not 127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Use the host name in the certificate", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task An_expired_certificate_says_when_it_expired()
    {
        using var ca = TestCertificates.CreateCa();
        var expired = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
        await using var front = new TlsFront(TestCertificates.CreateServer(ca, ["127.0.0.1"], expired.AddYears(-1), expired));

        var (error, _, connections) = await CallAsync(front, "127.0.0.1");

        Assert.Contains("expired: the certificate expired on 2024-03-01 12:00 UTC", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task A_server_that_speaks_only_old_TLS_says_protocol_and_is_not_retried()
    {
        using var ca = TestCertificates.CreateCa();
#pragma warning disable SYSLIB0039, CA5397 // TLS 1.0 and 1.1 on purpose: the server a client must refuse.
        var old = SslProtocols.Tls | SslProtocols.Tls11;
#pragma warning restore SYSLIB0039, CA5397
        await using var front = new TlsFront(TestCertificates.CreateServer(ca, ["127.0.0.1"]), old);

        var (error, _, connections) = await CallAsync(front, "127.0.0.1");

        Assert.Contains("the TLS connection to 127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains("protocol", StringComparison.Ordinal), error.Message);
        Assert.Equal(1, connections);
    }
}

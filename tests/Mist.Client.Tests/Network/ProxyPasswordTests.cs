using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Mist.Tests.Network;

/// <summary>A proxy URI with a password (as HTTPS_PROXY carries it) never reaches a message, an exception or a log line.</summary>
public class ProxyPasswordTests
{
    private const string Password = "Pr0xyS3cret@Corp";

    [Fact]
    public async Task A_proxy_that_refuses_the_credentials_is_reported_without_the_password_and_not_retried()
    {
        await using var proxy = new ConnectProxy();
        var collector = new FakeLogCollector();
        using var logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        // As HttpClient reads HTTPS_PROXY=http://alice:Pr0xyS3cret%40Corp@127.0.0.1:port: the URI keeps its user information.
        var proxyUri = new Uri($"http://alice:{Uri.EscapeDataString(Password)}@127.0.0.1:{proxy.Port}");
        using var handler = new SocketsHttpHandler
        {
            Proxy = new WebProxy(proxyUri) { Credentials = new NetworkCredential("alice", Password) },
            UseProxy = true,
        };
        using var client = new MistClient(
            new MistCredential(TestClient.Token),
            new MistClientOptions { Cloud = MistCloud.Parse("eu"), Transport = handler, LoggerFactory = logs });

        var error = await Assert.ThrowsAsync<MistConnectionException>(() => client.Self.GetAsync(TestContext.Current.CancellationToken));

        var everything = error.ToString() + "\n" + string.Join("\n", collector.GetSnapshot().Select(r => r.Message + " " + r.Exception));
        Assert.Contains("407", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTPS_PROXY", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 1 attempt(s)", error.Message, StringComparison.Ordinal);
        foreach (var secret in new[] { Password, Uri.EscapeDataString(Password), "Pr0xyS3cret", "alice:" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        // The client did offer the credentials (and the proxy saw a CONNECT for the Mist host, nothing else).
        Assert.All(proxy.Requests, r => Assert.StartsWith("CONNECT api.eu.mist.com:443 ", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The proxy tunnel request to proxy 'http://alice:p%40ss@proxy.corp:3128/' failed", "The proxy tunnel request to proxy 'http://proxy.corp:3128/' failed")]
    [InlineData("via https://u:p@ss@h/x and socks5://bob:pw@10.0.0.1:1080", "via https://h/x and socks5://10.0.0.1:1080")]
    [InlineData("no uri here: alice@example.com", "no uri here: alice@example.com")]
    [InlineData("https://api.mist.com/api/v1/self?next=a@b", "https://api.mist.com/api/v1/self?next=a@b")]
    public void User_information_is_removed_from_every_uri_in_a_text(string text, string expected) =>
        Assert.Equal(expected, UriRedaction.Strip(text));
}

using System.Net;

namespace Mist.Tests.Network;

/// <summary>NO_PROXY as curl, Go and Python read it, which .NET's own environment proxy does only in part.</summary>
public class NoProxyTests
{
    [Theory]
    [InlineData("*", "https://api.mist.com/", true)]
    [InlineData("api.mist.com", "https://api.mist.com/", true)]
    [InlineData("API.Mist.com", "https://api.mist.com/", true)]
    [InlineData("mist.com", "https://api.mist.com/", true)]
    [InlineData(".mist.com", "https://api.mist.com/", true)]
    [InlineData(".mist.com", "https://mist.com/", true)]
    [InlineData("*.mist.com", "https://api.eu.mist.com/", true)]
    [InlineData("mist.com.", "https://api.mist.com./", true)]
    [InlineData("mist.com", "https://notmist.com/", false)]
    [InlineData("mist.com", "https://mist.com.evil.example/", false)]
    [InlineData("api.mist.com:443", "https://api.mist.com/", true)]
    [InlineData("api.mist.com:8443", "https://api.mist.com/", false)]
    [InlineData("api.mist.com:8443", "https://api.mist.com:8443/", true)]
    [InlineData("localhost, 127.0.0.1", "http://127.0.0.1:5000/", true)]
    [InlineData("10.0.0.0/8", "https://10.1.2.3/", true)]
    [InlineData("10.0.0.0/8", "https://11.1.2.3/", false)]
    [InlineData("10.0.0.0/8", "https://ten.example/", false)]
    [InlineData("[::1]:8080", "http://[::1]:8080/", true)]
    [InlineData("::1", "http://[::1]:8080/", true)]
    [InlineData("fd00::/8", "http://[fd12::1]/", true)]
    [InlineData("example.org\tapi.mist.com", "https://api.mist.com/", true)]
    [InlineData("", "https://api.mist.com/", false)]
    [InlineData(" , ,", "https://api.mist.com/", false)]
    [InlineData("api.mist.com:notaport", "https://api.mist.com/", false)]
    public void An_entry_matches_as_other_tools_read_it(string noProxy, string url, bool direct) =>
        Assert.Equal(direct, NoProxyList.Parse(noProxy).Matches(new Uri(url)));

    [Fact]
    public void NO_PROXY_is_read_before_no_proxy()
    {
        var both = new Dictionary<string, string?> { ["NO_PROXY"] = "api.mist.com", ["no_proxy"] = "*" };
        var lower = new Dictionary<string, string?> { ["no_proxy"] = "*" };

        Assert.False(NoProxyList.FromEnvironment(k => both.GetValueOrDefault(k)).Matches(new Uri("https://api.eu.mist.com/")));
        Assert.True(NoProxyList.FromEnvironment(k => lower.GetValueOrDefault(k)).Matches(new Uri("https://api.eu.mist.com/")));
        Assert.True(NoProxyList.FromEnvironment(_ => null).IsEmpty);
    }

    [Fact]
    public void A_bypassed_host_has_no_proxy_and_the_rest_keep_the_inner_one_with_its_credentials()
    {
        var credentials = new NetworkCredential("alice", "secret");
        var inner = new WebProxy(new Uri("http://127.0.0.1:3128")) { Credentials = credentials };
        var proxy = new EnvironmentProxy(inner, NoProxyList.Parse("*.corp.example,api.mist.com:443"));

        Assert.Null(proxy.GetProxy(new Uri("https://api.mist.com/")));
        Assert.True(proxy.IsBypassed(new Uri("https://wiki.corp.example/")));
        Assert.Equal(new Uri("http://127.0.0.1:3128/"), proxy.GetProxy(new Uri("https://api.eu.mist.com/")));
        Assert.False(proxy.IsBypassed(new Uri("https://api.eu.mist.com/")));
        Assert.Same(credentials, proxy.Credentials);
    }

    [Fact]
    public void Only_this_list_decides_what_goes_direct_not_dotnets_own_reading()
    {
        // .NET's own environment proxy (the inner one) would bypass 127.0.0.1 here; the list says otherwise.
        var inner = new WebProxy(new Uri("http://127.0.0.1:3128"), BypassOnLocal: false, BypassList: [@"127\.0\.0\.1"]);
        var proxy = new EnvironmentProxy(inner, NoProxyList.Parse("localhost"));

        Assert.False(proxy.IsBypassed(new Uri("http://127.0.0.1:8080/")));
        Assert.True(proxy.IsBypassed(new Uri("http://localhost:8080/")));
        Assert.False(NoProxyList.Parse(".0.0.1").Matches(new Uri("http://127.0.0.1/")));
    }

    [Fact]
    public async Task A_host_and_port_entry_sends_the_request_direct_and_the_proxy_sees_nothing()
    {
        await using var proxy = new Mist.Tests.Support.ConnectProxy();
        using var listener = new HttpListenerStub();
        var target = new Uri($"http://127.0.0.1:{listener.Port}/");
        using var handler = new SocketsHttpHandler
        {
            UseProxy = true,
            Proxy = new EnvironmentProxy(new WebProxy(new Uri($"http://127.0.0.1:{proxy.Port}")), NoProxyList.Parse($"127.0.0.1:{listener.Port}")),
        };
        using var client = new HttpClient(handler);

        using var response = await client.GetAsync(target, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(proxy.Requests);
    }

    /// <summary>A one-route HTTP server on 127.0.0.1 answering 200 to anything.</summary>
    private sealed class HttpListenerStub : IDisposable
    {
        private readonly System.Net.Sockets.TcpListener _listener = new(IPAddress.Loopback, 0);

        public HttpListenerStub()
        {
            _listener.Start();
            _ = Task.Run(async () =>
            {
                try
                {
                    while (true)
                    {
                        using var client = await _listener.AcceptTcpClientAsync();
                        var stream = client.GetStream();
                        var buffer = new byte[4096];
                        _ = await stream.ReadAsync(buffer);
                        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
                    }
                }
                catch (Exception e) when (e is ObjectDisposedException or System.Net.Sockets.SocketException or IOException)
                {
                    // Stopped.
                }
            });
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public void Dispose() => _listener.Stop();
    }
}

using System.Net;

namespace Mist.Tests.Network;

/// <summary>
/// A proxy variable .NET could not read used to be ignored silently (requests went direct); now the client says which
/// variable, without its value, and sends nothing. The fake proxy stands for .NET's reading: null when it read none.
/// </summary>
public class ProxyVariableTests
{
    private static readonly Uri s_mist = new("https://api.mist.com/");

    [Theory]
    [InlineData("HTTPS_PROXY")]
    [InlineData("https_proxy")]
    [InlineData("ALL_PROXY")]
    public void A_variable_set_that_dotnet_did_not_read_is_named_without_its_value(string name)
    {
        var value = "ftp://alice:s3cret@proxy.corp:8080";

        var problem = EnvironmentProxy.Problem(s_mist, new FakeProxy(null), Environment(name, value));

        Assert.NotNull(problem);
        Assert.StartsWith(name + " is set but is not a proxy address", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("proxy.corp", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proxy_dotnet_read_no_variable_a_blank_one_or_a_bypassed_host_is_no_problem()
    {
        Assert.Null(EnvironmentProxy.Problem(s_mist, new FakeProxy(new Uri("http://proxy.corp:8080")), Environment("HTTPS_PROXY", "http://proxy.corp:8080")));
        Assert.Null(EnvironmentProxy.Problem(s_mist, new FakeProxy(null), Environment("HTTPS_PROXY", null)));
        Assert.Null(EnvironmentProxy.Problem(s_mist, new FakeProxy(null), Environment("HTTPS_PROXY", "  ")));
        Assert.Null(EnvironmentProxy.Problem(s_mist, new FakeProxy(null), n => n switch { "HTTPS_PROXY" => "bad proxy", "NO_PROXY" => "mist.com", _ => null }));
    }

    [Fact]
    public void An_http_destination_is_read_from_http_proxy_not_https_proxy()
    {
        var simulator = new Uri("http://127.0.0.1:5000/");

        Assert.Null(EnvironmentProxy.Problem(simulator, new FakeProxy(null), Environment("HTTPS_PROXY", "bad proxy")));
        Assert.StartsWith("HTTP_PROXY is set", EnvironmentProxy.Problem(simulator, new FakeProxy(null), Environment("HTTP_PROXY", "bad proxy")), StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(string name, string? value) => n => n == name ? value : null;

    private sealed class FakeProxy(Uri? proxy) : IWebProxy
    {
        public ICredentials? Credentials { get; set; }

        public Uri? GetProxy(Uri destination) => proxy;

        public bool IsBypassed(Uri host) => proxy is null;
    }
}

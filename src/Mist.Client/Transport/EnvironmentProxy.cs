using System.Net;

namespace Mist;

/// <summary>
/// The proxy from the environment (<c>HTTPS_PROXY</c>, <c>ALL_PROXY</c>, ... as <see cref="HttpClient.DefaultProxy"/>
/// reads them, credentials included) with <c>NO_PROXY</c> read as other tools read it (<see cref="NoProxyList"/>):
/// .NET alone ignores <c>*</c> and never matches an entry with a port, so a list written for curl sent requests
/// through the proxy that the user meant to go direct.
/// </summary>
internal sealed class EnvironmentProxy(IWebProxy inner, NoProxyList bypass) : IWebProxy
{
    public ICredentials? Credentials
    {
        get => inner.Credentials;
        set => inner.Credentials = value;
    }

    /// <summary>The default transport's proxy: the process environment's.</summary>
    public static IWebProxy FromEnvironment() =>
        new EnvironmentProxy(HttpClient.DefaultProxy, NoProxyList.FromEnvironment(Environment.GetEnvironmentVariable));

    public Uri? GetProxy(Uri destination) => bypass.Matches(destination) ? null : inner.GetProxy(destination);

    // Only this list decides what goes direct: .NET's own reading prefers no_proxy over NO_PROXY and suffix-matches
    // address text (".0.0.1" took 127.0.0.1), so consulting it too would break both rules documented here.
    public bool IsBypassed(Uri host) => bypass.Matches(host) || inner.GetProxy(host) is null;
}

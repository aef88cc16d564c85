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

    /// <summary>
    /// Why the environment's proxy cannot be used for <paramref name="destination"/>, or null. .NET reads
    /// <c>HTTPS_PROXY</c> (<c>HTTP_PROXY</c> for http) and <c>ALL_PROXY</c> and silently sends direct when none parses
    /// (a port over 65535, a space or other character a host cannot have): on a network that allows only the proxy, the
    /// user saw a timeout that never named it. Only the variable's name is given: its value may hold a password.
    /// </summary>
    public static string? Problem(Uri destination, IWebProxy proxy, Func<string, string?> environment)
    {
        string[] names = destination.Scheme == Uri.UriSchemeHttps
            ? ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
            : ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"];
        var set = names.FirstOrDefault(n => !string.IsNullOrWhiteSpace(environment(n)));
        if (set is null || NoProxyList.FromEnvironment(environment).Matches(destination) || proxy.GetProxy(destination) is not null)
        {
            return null;
        }

        return $"{set} is set but is not a proxy address .NET can use, so requests to {destination.Authority} would go direct " +
               "instead of through it; nothing was sent. Write it as http://host:port (or http://user:password@host:port, " +
               "percent-encoding any '@', ':' or '/' in them), or unset it to connect directly.";
    }

    public Uri? GetProxy(Uri destination) => bypass.Matches(destination) ? null : inner.GetProxy(destination);

    // Only this list decides what goes direct: .NET's own reading prefers no_proxy over NO_PROXY and suffix-matches
    // address text (".0.0.1" took 127.0.0.1), so consulting it too would break both rules documented here.
    public bool IsBypassed(Uri host) => bypass.Matches(host) || inner.GetProxy(host) is null;
}

using System.Net;

namespace Mist;

/// <summary>
/// A <c>NO_PROXY</c> list read as curl, Go and Python read it, a superset of what .NET's own environment proxy
/// understands (exact host names and <c>.suffix</c> only): <c>*</c> alone bypasses the proxy for every host; a name
/// matches itself and its subdomains, with or without a leading <c>.</c> or <c>*.</c>; an entry with a port
/// (<c>host:8443</c>, <c>[::1]:8443</c>) matches that port only; an IP address matches itself and a CIDR range
/// (<c>10.0.0.0/8</c>) every address in it. Entries are separated by commas or white space; case is ignored.
/// </summary>
internal sealed class NoProxyList
{
    private readonly bool _everything;
    private readonly List<(string Host, int? Port)> _names = [];
    private readonly List<(IPNetwork Network, int? Port)> _networks = [];

    private NoProxyList(string? value)
    {
        foreach (var raw in (value ?? "").Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw == "*")
            {
                _everything = true;
                continue;
            }

            var (host, port) = SplitPort(raw);
            if (IPNetwork.TryParse(host, out var network))
            {
                _networks.Add((network, port));
            }
            else if (IPAddress.TryParse(host, out var address))
            {
                _networks.Add((new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128), port));
            }
            else
            {
                // "*.corp.example", ".corp.example" and "corp.example" all mean the domain and everything under it.
                var name = host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host.TrimStart('.');
                name = name.TrimEnd('.');
                if (name.Length > 0)
                {
                    _names.Add((name, port));
                }
            }
        }
    }

    /// <summary>True when the list names nothing (unset or empty): the proxy applies to every host.</summary>
    public bool IsEmpty => !_everything && _names.Count == 0 && _networks.Count == 0;

    /// <summary>The list in <c>NO_PROXY</c>, else <c>no_proxy</c>, read through <paramref name="environment"/>.</summary>
    public static NoProxyList FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var value = environment("NO_PROXY");
        return new(string.IsNullOrWhiteSpace(value) ? environment("no_proxy") : value);
    }

    /// <summary>Parses one <c>NO_PROXY</c> value (tests, and callers with their own settings).</summary>
    public static NoProxyList Parse(string? value) => new(value);

    /// <summary>Whether requests to <paramref name="uri"/> go direct.</summary>
    public bool Matches(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (_everything)
        {
            return true;
        }

        var port = uri.Port;
        var host = uri.IdnHost.TrimEnd('.');
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            foreach (var (network, wanted) in _networks)
            {
                if ((wanted is null || wanted == port) && network.Contains(address))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var (name, wanted) in _names)
        {
            if ((wanted is null || wanted == port) &&
                (host.Equals(name, StringComparison.OrdinalIgnoreCase) ||
                 (host.Length > name.Length && host[^(name.Length + 1)] == '.' && host.EndsWith(name, StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }

    // "host:port", "[v6]:port", "[v6]", "v6" (two colons or more: no port) and "a.b.c.d/nn" (no port).
    private static (string Host, int? Port) SplitPort(string entry)
    {
        if (entry.StartsWith('['))
        {
            var close = entry.IndexOf(']', StringComparison.Ordinal);
            if (close > 0)
            {
                var rest = entry[(close + 1)..];
                return (entry[1..close], rest.StartsWith(':') && int.TryParse(rest[1..], System.Globalization.CultureInfo.InvariantCulture, out var p6) ? p6 : null);
            }
        }

        var colon = entry.LastIndexOf(':');
        if (colon > 0 && entry.IndexOf(':', StringComparison.Ordinal) == colon &&
            int.TryParse(entry[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536)
        {
            return (entry[..colon], port);
        }

        return (entry, null);
    }
}

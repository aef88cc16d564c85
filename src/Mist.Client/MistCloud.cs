using System.ComponentModel;
using System.Net;

namespace Mist;

/// <summary>
/// One of the regional Mist clouds, or any other endpoint (such as a simulator) given as a URL.
/// Each org lives on exactly one cloud and must be called on that cloud's host. Binds from configuration
/// (<c>"Cloud": "eu"</c>) through <see cref="MistCloudConverter"/>, with the same rules as <see cref="Parse"/>.
/// </summary>
[TypeConverter(typeof(MistCloudConverter))]
public readonly struct MistCloud : IEquatable<MistCloud>
{
    private static readonly MistCloud[] s_known =
    [
        new("global01", "api.mist.com", "Mist Global 01"),
        new("global02", "api.gc1.mist.com", "Mist Global 02"),
        new("global03", "api.ac2.mist.com", "Mist Global 03"),
        new("global04", "api.gc2.mist.com", "Mist Global 04"),
        new("global05", "api.gc4.mist.com", "Mist Global 05"),
        new("emea01", "api.eu.mist.com", "Mist EMEA 01"),
        new("emea02", "api.gc3.mist.com", "Mist EMEA 02"),
        new("emea03", "api.ac6.mist.com", "Mist EMEA 03"),
        new("emea04", "api.gc6.mist.com", "Mist EMEA 04"),
        new("apac01", "api.ac5.mist.com", "Mist APAC 01"),
        new("apac02", "api.gc5.mist.com", "Mist APAC 02"),
        new("apac03", "api.gc7.mist.com", "Mist APAC 03"),
    ];

    // Short names people use for the first cloud of each region.
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["global"] = "global01",
        ["us"] = "global01",
        ["eu"] = "emea01",
        ["emea"] = "emea01",
        ["apac"] = "apac01",
    };

    private readonly string? _name;
    private readonly string? _displayName;
    private readonly Uri? _baseAddress;

    private MistCloud(string name, string host, string displayName)
    {
        _name = name;
        _displayName = displayName;
        _baseAddress = new Uri("https://" + host + "/");
    }

    private MistCloud(Uri baseAddress)
    {
        _baseAddress = baseAddress;
        _name = null;
        _displayName = null;
    }

    /// <summary>The 12 Mist clouds listed in the official API specification.</summary>
    public static IReadOnlyList<MistCloud> Known => s_known;

    /// <summary>Mist Global 01, <c>api.mist.com</c>: the default cloud.</summary>
    public static MistCloud Global01 => s_known[0];

    /// <summary>Mist EMEA 01, <c>api.eu.mist.com</c>.</summary>
    public static MistCloud Emea01 => s_known[5];

    /// <summary>Mist APAC 01, <c>api.ac5.mist.com</c>.</summary>
    public static MistCloud Apac01 => s_known[9];

    /// <summary>The short name (<c>global01</c>, <c>emea02</c>, ...), or <see langword="null"/> for a custom endpoint.</summary>
    public string? Name => _name;

    /// <summary>The region name from the specification (<c>Mist EMEA 01</c>), or the host of a custom endpoint.</summary>
    public string DisplayName => _displayName ?? BaseAddress.Authority;

    /// <summary>The base address requests are sent to, ending with <c>/</c>; paths start with <c>api/v1/</c>.</summary>
    public Uri BaseAddress => _baseAddress ?? Global01.BaseAddress;

    /// <summary>The REST host, such as <c>api.eu.mist.com</c>.</summary>
    public string Host => BaseAddress.Host;

    /// <summary>Whether this is one of the <see cref="Known"/> Mist clouds.</summary>
    public bool IsKnownCloud => _name is not null;

    /// <summary>
    /// Reads a cloud from a name (<c>global01</c>, <c>eu</c>, <c>apac01</c>), a REST or portal host
    /// (<c>api.eu.mist.com</c>, <c>manage.mist.com</c>) or a URL. <c>http://</c> is accepted only for loopback
    /// addresses so that a token is never sent in clear text over a network.
    /// </summary>
    /// <exception cref="ArgumentException">The value is empty, unknown or not allowed.</exception>
    public static MistCloud Parse(string value)
    {
        if (TryParse(value, out var cloud, out var error))
        {
            return cloud;
        }

        throw new ArgumentException(error, nameof(value));
    }

    /// <summary>Like <see cref="Parse"/>, but returns <see langword="false"/> with a message instead of throwing.</summary>
    public static bool TryParse(string? value, out MistCloud cloud, out string error)
    {
        cloud = default;
        error = string.Empty;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "The Mist host is empty. Give a cloud name such as 'global01' or 'eu', a host such as 'api.eu.mist.com', or a URL.";
            return false;
        }

        if (s_aliases.TryGetValue(text, out var alias))
        {
            text = alias;
        }

        foreach (var known in s_known)
        {
            if (string.Equals(known.Name, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(known.Host, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals("manage" + known.Host[3..], text, StringComparison.OrdinalIgnoreCase))
            {
                cloud = known;
                return true;
            }
        }

        // Credentials in a host are refused before anything else, and never repeated: not in this message, not in any other.
        var asUrl = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (HasUserInfo(asUrl))
        {
            error = $"The Mist host '{WithoutUserInfo(asUrl)}' carries a user name or password before '@'; they are not shown here and never sent. Give the host alone (the token comes from MIST_API_TOKEN or `mist auth login`).";
            return false;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal)
                && !string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                error = $"Unknown Mist cloud '{text}'. Known clouds: {string.Join(", ", s_known.Select(k => k.Name))} (or eu, apac, global).";
                return false;
            }

            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            error = $"'{value}' is not a valid Mist host or URL.";
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttp)
        {
            if (!IsLoopback(uri))
            {
                error = $"Refusing http:// for '{uri.Host}': the API token would travel unencrypted. Use https://, or http:// only for a loopback address such as 127.0.0.1.";
                return false;
            }
        }
        else if (uri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"Unsupported scheme '{uri.Scheme}' in '{uri.GetLeftPart(UriPartial.Authority)}'; use https:// (or http:// for loopback).";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            error = $"The Mist host URL '{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}' must not carry a query, fragment or credentials.";
            return false;
        }

        // Accept "https://host", "https://host/" and "https://host/api/v1/" alike: paths are added by the client.
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/api/v1".Length];
        }

        cloud = new MistCloud(new Uri(uri.GetLeftPart(UriPartial.Authority) + path + "/"));
        return true;
    }

    /// <summary>A custom endpoint, such as the simulator. The same rules as <see cref="Parse"/> apply.</summary>
    public static MistCloud FromUri(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        return Parse(baseAddress.ToString());
    }

    // "scheme://user:pass@host...": an '@' in the authority, which ends at the first '/', '?' or '#' after "://".
    private static bool HasUserInfo(string text) => Authority(text).Contains('@', StringComparison.Ordinal);

    private static string WithoutUserInfo(string text)
    {
        var start = text.IndexOf("://", StringComparison.Ordinal) + 3;
        var authority = Authority(text);
        return text[..start] + authority[(authority.LastIndexOf('@') + 1)..] + text[(start + authority.Length)..];
    }

    private static string Authority(string text)
    {
        var start = text.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = text.IndexOfAny(['/', '?', '#', '\\'], start);
        return text[start..(end < 0 ? text.Length : end)];
    }

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <inheritdoc/>
    public bool Equals(MistCloud other) => BaseAddress == other.BaseAddress;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MistCloud other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => BaseAddress.GetHashCode();

    /// <summary>Compares two clouds by base address.</summary>
    public static bool operator ==(MistCloud left, MistCloud right) => left.Equals(right);

    /// <summary>Compares two clouds by base address.</summary>
    public static bool operator !=(MistCloud left, MistCloud right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => _name ?? BaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
}

using System.Text;

namespace Mist;

/// <summary>Decides what may be shown of a request or response: allow-listed values pass, the rest is redacted.</summary>
internal static class HttpRedaction
{
    public const string Redacted = "REDACTED";

    // Never shown, even when a caller adds them to an allow-list.
    private static readonly HashSet<string> s_secretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-CSRFToken", "X-CSRF-Token",
    };

    public static bool IsSecretHeader(string name) => s_secretHeaders.Contains(name);

    public static string Header(string name, IEnumerable<string> values, ISet<string> allowed) =>
        !IsSecretHeader(name) && allowed.Contains(name) ? string.Join(", ", values) : Redacted;

    /// <summary>The path with every query value that is not allow-listed replaced by <c>REDACTED</c>.</summary>
    public static string PathAndQuery(string pathAndQuery, ISet<string> allowedQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return pathAndQuery;
        }

        var builder = new StringBuilder(pathAndQuery, 0, q + 1, pathAndQuery.Length);
        var pairs = pathAndQuery[(q + 1)..].Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            var eq = pairs[i].IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pairs[i] : pairs[i][..eq];
            builder.Append(name);
            if (eq >= 0)
            {
                builder.Append('=').Append(allowedQuery.Contains(Uri.UnescapeDataString(name)) ? pairs[i][(eq + 1)..] : Redacted);
            }
        }

        return builder.ToString();
    }
}

using System.Text.RegularExpressions;

namespace Mist;

/// <summary>
/// Removes the user information (<c>user:password@</c>) from every URI in a text, so that a proxy password given in
/// <c>HTTPS_PROXY=http://user:password@host:port</c> (plain or percent-encoded) never reaches a message or a log line.
/// </summary>
internal static partial class UriRedaction
{
    // scheme://userinfo@ : the user information runs to the last '@' before the host (a password may hold one).
    [GeneratedRegex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*://)[^\s/?#'""<>]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();

    public static string Strip(string text) =>
        string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal) ? text : UserInfo().Replace(text, "${scheme}");
}

using System.Net;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Activity;

/// <summary>What a client is named by: a MAC in any notation, an IP address, or text (hostname or username).</summary>
internal static class ClientQuery
{
    private const int MaxLength = 256;

    /// <summary>The org client search parameter for <paramref name="query"/>: <c>mac</c>, <c>ip</c> or <c>text</c>.</summary>
    public static KeyValuePair<string, string> Parameter(string query)
    {
        var trimmed = query.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength || trimmed.Any(char.IsControl))
        {
            throw CliException.Usage($"Give a MAC, an IP address, a hostname or a username (1 to {MaxLength} printable characters). Nothing was sent.");
        }

        if (MacAddress.TryNormalize(trimmed, out var mac))
        {
            return new("mac", mac);
        }

        return IPAddress.TryParse(trimmed, out var ip) && trimmed.Contains(ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? ':' : '.')
            ? new("ip", ip.ToString())
            : new("text", trimmed);
    }

    /// <summary>A client MAC (any notation), normalised; anything else is a usage error.</summary>
    public static string Mac(string value) =>
        MacAddress.TryNormalize(value, out var mac)
            ? mac
            : throw CliException.Usage($"'{value}' is not a MAC address (12 hex digits, in any notation such as aa:bb:cc:dd:ee:ff). Nothing was sent.");

    /// <summary>Whether a MAC the API sent is <paramref name="mac"/> (normalised), whatever its notation.</summary>
    public static bool SameMac(string? sent, string mac) =>
        sent is not null && MacAddress.TryNormalize(sent, out var normalised) && string.Equals(normalised, mac, StringComparison.Ordinal);
}

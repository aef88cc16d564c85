namespace Mist.Cli.Validation;

/// <summary>
/// What Mist and 802.11 accept in a WLAN's main fields, checked before anything is sent; shared by
/// <c>mist wlan</c> and the MCP WLAN tools (linked into Mist.Mcp), which word the problem for their own users.
/// </summary>
internal static class WlanRules
{
    public static readonly string[] Bands = ["24", "5", "6"];

    public static readonly string[] AuthTypes = ["open", "psk", "eap"];

    /// <summary>An SSID is 1 to 32 bytes (802.11), counted in UTF-8, and not only spaces.</summary>
    public static string? SsidProblem(string ssid)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(ssid);
        return string.IsNullOrWhiteSpace(ssid) ? "is blank; an SSID is 1 to 32 bytes, not only spaces"
            : bytes <= 32 ? null
            : $"is {bytes} bytes long; an SSID is 1 to 32 bytes";
    }

    /// <summary>A WPA passphrase is 8 to 63 printable ASCII characters, or the 64-hex-digit key itself. The problem never repeats it.</summary>
    public static string? PassphraseProblem(string psk)
    {
        if (psk.Length == 64 && psk.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var printable = psk.All(c => c is >= ' ' and <= '~');
        return printable && psk.Length is >= 8 and <= 63
            ? null
            : $"is {psk.Length} characters{(printable ? string.Empty : " with some that are not printable ASCII")}; a WPA passphrase is 8 to 63 printable ASCII characters, or 64 hex digits";
    }

    public static string? VlanProblem(long vlan) => vlan is >= 1 and <= 4094 ? null : $"{vlan} is not a VLAN id (1 to 4094)";

    public static string? BandsProblem(IReadOnlyCollection<string> bands)
    {
        var unknown = bands.Where(b => !Bands.Contains(b)).ToList();
        return bands.Count == 0 ? "no band given; bands are 24, 5 and 6"
            : unknown.Count > 0 ? $"unknown band {string.Join(", ", unknown)}; bands are 24, 5 and 6"
            : null;
    }
}

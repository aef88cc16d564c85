using System.Diagnostics.CodeAnalysis;

namespace Mist;

/// <summary>
/// MAC addresses as Mist writes them: 12 lowercase hex digits. Accepts the common notations:
/// <c>5C:5B:35:00:00:18</c>, <c>5c-5b-35-00-00-18</c>, <c>5c5b.3500.0018</c> and <c>5c5b35000018</c>.
/// </summary>
public static class MacAddress
{
    /// <summary>Normalises a MAC address, or returns <see langword="false"/> if it is not one.</summary>
    public static bool TryNormalize(string? value, [NotNullWhen(true)] out string? mac)
    {
        mac = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        Span<char> digits = stackalloc char[12];
        var count = 0;
        char? separator = null;
        var groupLength = 0;
        var groupLengths = new List<int>(6);
        foreach (var c in text)
        {
            if (Uri.IsHexDigit(c))
            {
                if (count == 12)
                {
                    return false;
                }

                digits[count++] = char.ToLowerInvariant(c);
                groupLength++;
            }
            else if (c is ':' or '-' or '.')
            {
                // One kind of separator, never doubled or at either end.
                if ((separator is not null && separator != c) || groupLength == 0)
                {
                    return false;
                }

                separator = c;
                groupLengths.Add(groupLength);
                groupLength = 0;
            }
            else
            {
                return false;
            }
        }

        if (count != 12 || groupLength == 0)
        {
            return false;
        }

        groupLengths.Add(groupLength);
        var valid = separator switch
        {
            null => true,
            '.' => groupLengths.Count == 3 && groupLengths.All(g => g == 4),
            _ => groupLengths.Count == 6 && groupLengths.All(g => g == 2),
        };
        if (!valid)
        {
            return false;
        }

        mac = new string(digits);
        return true;
    }

    /// <summary>Normalises a MAC address.</summary>
    /// <exception cref="ArgumentException">The value is not a MAC address.</exception>
    public static string Normalize(string value) =>
        TryNormalize(value, out var mac)
            ? mac
            : throw new ArgumentException($"'{value}' is not a MAC address (12 hex digits, optionally separated by ':', '-' or '.').", nameof(value));

    /// <summary>
    /// The MAC address inside a Mist device id (<c>00000000-0000-0000-1000-5c5b35000018</c>), if the id has that form.
    /// </summary>
    public static bool TryFromDeviceId(Guid deviceId, [NotNullWhen(true)] out string? mac)
    {
        var text = deviceId.ToString("D");
        mac = null;
        if (text.StartsWith("00000000-0000-0000-", StringComparison.Ordinal) && text[19..23] is "1000" or "0000")
        {
            mac = text[24..];
            return true;
        }

        return false;
    }

    /// <summary>The device id Mist gives a device with this MAC: <c>00000000-0000-0000-1000-&lt;mac&gt;</c>.</summary>
    public static Guid ToDeviceId(string mac) => Guid.Parse("00000000-0000-0000-1000-" + Normalize(mac));

    /// <summary>Whether two MACs, in any notation, are the same address (false when either is not a MAC).</summary>
    internal static bool SameMac(string? left, string? right) =>
        TryNormalize(left, out var a) && TryNormalize(right, out var b) && string.Equals(a, b, StringComparison.Ordinal);
}

using System.Text.RegularExpressions;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Device;

/// <summary>
/// Checks a DEVICE the user typed before anything is sent: an empty value, or one shaped like a MAC address
/// that is not one (a typo in a MAC would otherwise be searched as a serial and a name, and end as "not found").
/// </summary>
internal static partial class DeviceReference
{
    public static string Check(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw CliException.Usage("A device must not be empty; give its id, MAC, serial or name.");
        }

        var text = value.Trim();
        if (text.Length > InputBounds.MaxNameLength)
        {
            throw CliException.Usage($"The device reference is {text.Length:N0} characters long; the limit is {InputBounds.MaxNameLength:N0}. Nothing was sent.");
        }

        if (!Guid.TryParse(text, out _) && LooksLikeMac(text) && !MacAddress.TryNormalize(text, out _))
        {
            throw CliException.Usage($"'{text}' is not a MAC address (12 hex digits, optionally separated by ':', '-' or '.').");
        }

        return text;
    }

    public static IReadOnlyList<string> CheckAll(IEnumerable<string> values) => [.. values.Select(Check)];

    // Serials and names never contain ':', and rarely have the six two-character or three four-character groups of a MAC.
    private static bool LooksLikeMac(string text) => text.Contains(':', StringComparison.Ordinal) || MacShape().IsMatch(text);

    [GeneratedRegex(@"^([0-9A-Za-z]{1,2}-){5}[0-9A-Za-z]{1,3}$|^[0-9A-Za-z]{3,5}\.[0-9A-Za-z]{3,5}\.[0-9A-Za-z]{3,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex MacShape();
}

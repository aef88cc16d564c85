namespace Mist.Mcp;

/// <summary>Checks the device filters an agent passes, so a typo is an argument error rather than an empty list.</summary>
internal static class DeviceFilters
{
    /// <summary>The type to send, or <see langword="null"/> for every type.</summary>
    public static DeviceType? Type(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var value = type.Trim().ToLowerInvariant();
        if (!ArgumentRules.DeviceTypes.Contains(value, StringComparer.Ordinal))
        {
            throw ToolErrors.InvalidParams($"type must be one of {string.Join(", ", ArgumentRules.DeviceTypes)}; '{type}' was given.");
        }

        return value == "all" ? null : new DeviceType(value);
    }

    public static string? Mac(string? mac) =>
        string.IsNullOrWhiteSpace(mac) ? null
        : MacAddress.TryNormalize(mac, out var normalized) ? normalized
        : throw ToolErrors.InvalidParams($"mac '{mac}' is not a MAC address (12 hex digits, optionally separated by ':', '-' or '.').");

    /// <summary>
    /// Splits device references into MACs (normalised) and serial numbers, before anything is sent: an item that is
    /// neither (a serial is 6 to 32 letters and digits) is an argument error.
    /// </summary>
    public static (IReadOnlyList<string> Macs, IReadOnlyList<string> Serials) MacsOrSerials(string[]? items)
    {
        if (items is null || items.Length == 0)
        {
            throw ToolErrors.InvalidParams("macs is required: at least one MAC address or serial number.");
        }

        var invalid = items.Where(m => !MacAddress.TryNormalize(m, out _) && !IsSerial(m)).ToList();
        if (invalid.Count > 0)
        {
            throw ToolErrors.InvalidParams($"Not MAC addresses or serial numbers: {string.Join(", ", invalid.Select(m => $"'{m}'"))}.");
        }

        var macs = items.Where(m => MacAddress.TryNormalize(m, out _)).Select(MacAddress.Normalize).Distinct(StringComparer.Ordinal).ToList();
        var serials = items.Where(m => !MacAddress.TryNormalize(m, out _)).Select(m => m.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        return (macs, serials);
    }

    private static bool IsSerial(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= 6 and <= 32 && trimmed.All(char.IsAsciiLetterOrDigit);
    }
}

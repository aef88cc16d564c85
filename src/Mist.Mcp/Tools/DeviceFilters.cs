namespace Mist.Mcp;

/// <summary>Checks the device filters an agent passes, so a typo is an argument error rather than an empty list.</summary>
internal static class DeviceFilters
{
    private static readonly string[] s_types = ["ap", "switch", "gateway", "all"];

    /// <summary>The type to send, or <see langword="null"/> for every type.</summary>
    public static DeviceType? Type(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var value = type.Trim().ToLowerInvariant();
        if (!s_types.Contains(value, StringComparer.Ordinal))
        {
            throw ToolErrors.InvalidParams($"type must be one of {string.Join(", ", s_types)}; '{type}' was given.");
        }

        return value == "all" ? null : new DeviceType(value);
    }

    public static string? Mac(string? mac) =>
        string.IsNullOrWhiteSpace(mac) ? null
        : MacAddress.TryNormalize(mac, out var normalized) ? normalized
        : throw ToolErrors.InvalidParams($"mac '{mac}' is not a MAC address (12 hex digits, optionally separated by ':', '-' or '.').");

    public static IReadOnlyList<string> Macs(string[]? macs)
    {
        if (macs is null || macs.Length == 0)
        {
            throw ToolErrors.InvalidParams("macs is required: at least one MAC address.");
        }

        var invalid = macs.Where(m => !MacAddress.TryNormalize(m, out _)).ToList();
        if (invalid.Count > 0)
        {
            throw ToolErrors.InvalidParams($"Not MAC addresses: {string.Join(", ", invalid.Select(m => $"'{m}'"))}.");
        }

        return [.. macs.Select(MacAddress.Normalize).Distinct(StringComparer.Ordinal)];
    }
}

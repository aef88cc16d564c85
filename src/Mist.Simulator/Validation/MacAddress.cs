using System.Buffers;

namespace Mist.Simulator.Validation;

/// <summary>Mist MACs: 12 hex digits without separators, stored lowercase.</summary>
internal static class MacAddress
{
    private static readonly SearchValues<char> s_hex = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool TryNormalize(string? value, out string mac)
    {
        mac = "";
        if (value is not { Length: 12 } || value.AsSpan().ContainsAnyExcept(s_hex))
        {
            return false;
        }

        mac = value.ToLowerInvariant();
        return true;
    }
}

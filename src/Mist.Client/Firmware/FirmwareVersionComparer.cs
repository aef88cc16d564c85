using System.Globalization;

namespace Mist;

/// <summary>
/// Orders firmware versions by their numeric parts in turn: <c>0.12.27452</c> &lt; <c>0.14.29313</c>,
/// <c>21.4R3-S4.18</c> &lt; <c>22.4R3-S2.11</c>. Letters only separate the parts. Null sorts first.
/// </summary>
public sealed class FirmwareVersionComparer : IComparer<string?>
{
    /// <summary>The one instance.</summary>
    public static FirmwareVersionComparer Instance { get; } = new();

    private FirmwareVersionComparer()
    {
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var a = Numbers(x);
        var b = Numbers(y);
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var c = (i < a.Count ? a[i] : -1).CompareTo(i < b.Count ? b[i] : -1);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static List<long> Numbers(string version)
    {
        var numbers = new List<long>();
        var start = -1;
        for (var i = 0; i <= version.Length; i++)
        {
            var digit = i < version.Length && char.IsAsciiDigit(version[i]);
            if (digit && start < 0)
            {
                start = i;
            }
            else if (!digit && start >= 0)
            {
                numbers.Add(long.TryParse(version.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue);
                start = -1;
            }
        }

        return numbers;
    }
}

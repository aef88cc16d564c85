using System.Globalization;

namespace Mist.Queries;

/// <summary>Mist's duration text (<c>duration=1d</c>): a whole number and one unit, m, h, d or w (mist-api.md).</summary>
internal static class MistDuration
{
    private static readonly (long Seconds, char Unit)[] s_units = [(7 * 86400, 'w'), (86400, 'd'), (3600, 'h'), (60, 'm')];

    /// <summary>The largest unit that divides <paramref name="duration"/> exactly, or null when it is not whole minutes or not positive.</summary>
    public static string? Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero || duration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            return null;
        }

        var seconds = duration.Ticks / TimeSpan.TicksPerSecond;
        foreach (var (size, unit) in s_units)
        {
            if (seconds % size == 0)
            {
                return (seconds / size).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return null;
    }
}

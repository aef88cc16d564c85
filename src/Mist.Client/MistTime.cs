namespace Mist;

/// <summary>Mist's times are epoch seconds as floating-point numbers (<c>1596588619.007</c>).</summary>
public static class MistTime
{
    /// <summary>Converts epoch seconds to a UTC time; <see langword="null"/> stays <see langword="null"/>.</summary>
    public static DateTimeOffset? FromEpochSeconds(double? epochSeconds) =>
        epochSeconds is { } seconds && !double.IsNaN(seconds) && !double.IsInfinity(seconds)
            ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
            : null;

    /// <summary>Converts a time to epoch seconds.</summary>
    public static double ToEpochSeconds(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;
}

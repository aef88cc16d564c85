namespace Mist.Simulator.Validation;

/// <summary>
/// IANA time zone names. Validation uses an embedded copy of the tzdata names, so it gives the same answer on every
/// host (the repo runs with InvariantGlobalization, and a container may lack /usr/share/zoneinfo).
/// </summary>
internal static class Timezones
{
    private static readonly HashSet<string> s_names = new(EmbeddedList.Lines("Mist.Simulator.iana-timezones.txt"), StringComparer.Ordinal);

    public static bool IsValid(string name) => s_names.Contains(name);

    /// <summary>The zone's UTC offset in minutes at <paramref name="epochSeconds"/>; 0 when the host has no tz database.</summary>
    public static int OffsetMinutes(string name, double epochSeconds)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return 0;
        }

        var instant = DateTimeOffset.FromUnixTimeMilliseconds((long)(epochSeconds * 1000));
        return (int)zone.GetUtcOffset(instant).TotalMinutes;
    }
}

using System.Text.RegularExpressions;

namespace Mist.Mcp;

/// <summary>
/// The time window of a Mist search: <c>duration</c> back from now (Mist's own syntax: <c>90m</c>, <c>2h</c>,
/// <c>7d</c>, <c>1w</c>) or <c>start</c> and <c>end</c> in epoch seconds, checked before anything is sent and added
/// to the request as Mist's <c>duration</c>, <c>start</c> and <c>end</c> query parameters.
/// </summary>
internal static partial class SearchWindow
{
    public const string DurationDescription = "How far back from now: a number and m, h, d or w (90m, 2h, 7d, 1w). Mist's default is 1d. Or give start and end.";
    public const string StartDescription = "Window start, epoch seconds (with end; instead of duration).";
    public const string EndDescription = "Window end, epoch seconds (with start).";

    /// <summary>Mist keeps search history for a few weeks; a longer window is a mistake, not a wish.</summary>
    private static readonly TimeSpan s_longest = TimeSpan.FromDays(31);

    public static void Apply(MistRequest request, string? duration, long? start, long? end)
    {
        if (duration is not null && (start is not null || end is not null))
        {
            throw ToolErrors.InvalidParams("Give duration, or start and end, not both.");
        }

        if (duration is not null)
        {
            var match = Duration().Match(duration.Trim());
            if (!match.Success)
            {
                throw ToolErrors.InvalidParams($"duration '{duration}' is not a number followed by m, h, d or w (90m, 2h, 7d, 1w).");
            }

            var amount = long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var span = match.Groups[2].Value switch
            {
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
            if (span > s_longest || amount == 0)
            {
                throw ToolErrors.InvalidParams($"duration '{duration}' is {(amount == 0 ? "empty" : "longer than 31 days")}; give 1m to 31d.");
            }

            request.AddQuery("duration", match.Value);
            return;
        }

        if (start is not null || end is not null)
        {
            if (start is null || end is null)
            {
                throw ToolErrors.InvalidParams("start and end go together (epoch seconds); or give duration.");
            }

            if (start < 0 || end <= start || end - start > (long)s_longest.TotalSeconds)
            {
                throw ToolErrors.InvalidParams("start and end must be epoch seconds with start before end, at most 31 days apart.");
            }

            request.AddQuery("start", start.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.AddQuery("end", end.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex("^([0-9]{1,5})([mhdw])$")]
    private static partial Regex Duration();
}

using System.Globalization;

namespace Mist.Simulator.Http;

/// <summary>
/// The <c>start</c>/<c>end</c>/<c>duration</c> window of a search, echoed in its envelope. Every simulated device
/// reports continuously, so the window does not narrow the results.
/// </summary>
internal readonly record struct SearchWindow(long Start, long End)
{
    public static bool TryParse(HttpRequest request, double now, out SearchWindow window, out IResult? error)
    {
        window = default;
        error = null;
        var end = (long)now;
        var endText = Query.Get(request, "end");
        if (endText is not null && !long.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out end))
        {
            error = ApiResults.BadRequest($"invalid end: {endText} (epoch seconds are expected)");
            return false;
        }

        var startText = Query.Get(request, "start");
        long start;
        if (startText is not null)
        {
            if (!long.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out start))
            {
                error = ApiResults.BadRequest($"invalid start: {startText} (epoch seconds are expected)");
                return false;
            }
        }
        else
        {
            var durationText = Query.Get(request, "duration") ?? "1d";
            if (!TryParseDuration(durationText, out var seconds))
            {
                error = ApiResults.BadRequest($"invalid duration: {durationText} (e.g. 1h, 1d, 7d, 2w)");
                return false;
            }

            start = end - seconds;
        }

        window = new SearchWindow(start, end);
        return true;
    }

    private static bool TryParseDuration(string text, out long seconds)
    {
        seconds = 0;
        if (text.Length < 2 || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        long? unit = text[^1] switch { 'm' => 60, 'h' => 3600, 'd' => 86400, 'w' => 7 * 86400, _ => null };
        seconds = n * (unit ?? 0);
        return unit is not null;
    }
}

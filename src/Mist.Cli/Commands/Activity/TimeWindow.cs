using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>--since 90m|2h|7d|2w</c>, or <c>--start T [--end T]</c> (ISO 8601 or epoch seconds): the <c>start</c> and
/// <c>end</c> (epoch seconds) of a search. Without any, the API's own default applies (the last day). A bad value is a
/// usage error before anything is sent.
/// </summary>
internal sealed partial class TimeWindow
{
    public Option<string?> Since { get; } = new("--since") { Description = "Only what happened in this last span: 90m, 2h, 7d or 2w (default: the last day)." };

    public Option<string?> Start { get; } = new("--start") { Description = "Only from this time (ISO 8601, such as 2026-11-30T08:00Z, or epoch seconds)." };

    public Option<string?> End { get; } = new("--end") { Description = "Only until this time (ISO 8601 or epoch seconds; default now)." };

    public IEnumerable<Option> All(bool withRange) => withRange ? [Since, Start, End] : [Since];

    /// <summary>The query parameters (start, end) of the window the options name, or none.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parse(ParseResult parse, DateTimeOffset now)
    {
        var since = parse.GetValue(Since);
        var start = parse.GetResult(Start) is null ? null : parse.GetValue(Start);
        var end = parse.GetResult(End) is null ? null : parse.GetValue(End);
        if (since is not null && (start is not null || end is not null))
        {
            throw CliException.Usage("--since cannot be combined with --start or --end. Nothing was sent.");
        }

        if (since is not null)
        {
            var seconds = Duration(since)
                ?? throw CliException.Usage($"--since {since}: expected a number and a unit, such as 90m, 2h, 7d or 2w. Nothing was sent.");
            var to = now.ToUnixTimeSeconds();
            if (to - seconds < 0)
            {
                throw CliException.Usage($"--since {since} reaches back before 1970. Give a shorter span. Nothing was sent.");
            }

            return [Pair("start", to - seconds), Pair("end", to)];
        }

        var result = new List<KeyValuePair<string, string>>();
        long? from = start is null ? null : Time("--start", start);
        long? until = end is null ? null : Time("--end", end);
        if (from is not null && until is not null && from >= until)
        {
            throw CliException.Usage($"--start {start} is not before --end {end}. Nothing was sent.");
        }

        if (from > now.ToUnixTimeSeconds() && until is null)
        {
            throw CliException.Usage($"--start {start} is in the future, so nothing can have happened since. Nothing was sent.");
        }

        if (from is { } f) result.Add(Pair("start", f));
        if (until is { } u) result.Add(Pair("end", u));
        return result;
    }

    /// <summary>Seconds in a duration such as 90m, 2h, 7d or 2w; null when it is not one.</summary>
    public static long? Duration(string text)
    {
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0 || n > 100_000)
        {
            return null;
        }

        return n * match.Groups[2].Value switch { "m" => 60, "h" => 3600, "d" => 86400, _ => 7 * 86400 };
    }

    private static long Time(string option, string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return epoch;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at.ToUnixTimeSeconds() >= 0)
        {
            return at.ToUnixTimeSeconds();
        }

        throw CliException.Usage($"{option} {text}: expected an ISO 8601 time (2026-11-30T08:00:00Z) or epoch seconds. Nothing was sent.");
    }

    private static KeyValuePair<string, string> Pair(string name, long value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex("^([0-9]+)([mhdw])$")]
    private static partial Regex DurationPattern();
}

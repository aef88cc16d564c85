using System.Text.RegularExpressions;

namespace Mist.Cli.Tests.Docs;

/// <summary>
/// Compares the output a doc shows after a command with what the command printed (stdout and stderr, merged). The
/// rule, applied to both sides:
/// <list type="bullet">
/// <item>the embedded simulator's notice ("Using the embedded Mist simulator ...") and colour codes are dropped from what was printed;</item>
/// <item>any UUID stands for any UUID (<c>&lt;id&gt;</c>): ids of objects a doc creates differ on every run;</item>
/// <item>RFC 3339 times, HTTP <c>Date:</c> values and fuzzy times ("10 months ago", "just now") stand for any time;</item>
/// <item>runs of spaces and tabs count as one space (the width of a table column follows the values), line ends are trimmed,
/// blank lines at the start and end are ignored;</item>
/// <item>a shown line that is only <c>…</c> or <c>...</c> stands for any number of lines, and <c>…</c> or <c>...</c> inside a
/// line for any text on that line.</item>
/// </list>
/// Everything else must be equal.
/// </summary>
internal static partial class DocOutput
{
    public static IReadOnlyList<string> Actual(string printed) =>
        Trim(printed.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => Ansi().Replace(l, string.Empty))
            .Where(l => !l.StartsWith("Using the embedded Mist simulator", StringComparison.Ordinal))
            .Select(Normalise)
            .ToList());

    public static IReadOnlyList<string> Expected(IEnumerable<string> shown) => Trim(shown.Select(Normalise).ToList());

    public static bool Matches(IReadOnlyList<string> expected, IReadOnlyList<string> actual) => Match(expected, 0, actual, 0);

    private static bool Match(IReadOnlyList<string> expected, int i, IReadOnlyList<string> actual, int j)
    {
        if (i == expected.Count)
        {
            return j == actual.Count;
        }

        if (expected[i] is "…" or "...")
        {
            for (var k = j; k <= actual.Count; k++)
            {
                if (Match(expected, i + 1, actual, k))
                {
                    return true;
                }
            }

            return false;
        }

        return j < actual.Count && LineMatches(expected[i], actual[j]) && Match(expected, i + 1, actual, j + 1);
    }

    private static bool LineMatches(string expected, string actual)
    {
        if (!expected.Contains("...", StringComparison.Ordinal) && !expected.Contains('…', StringComparison.Ordinal))
        {
            return string.Equals(expected, actual, StringComparison.Ordinal);
        }

        var parts = Ellipsis().Split(expected).Select(Regex.Escape);
        return Regex.IsMatch(actual, "^" + string.Join(".*", parts) + "$", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    private static string Normalise(string line)
    {
        var text = Uuid().Replace(line, "<id>");
        text = HttpDate().Replace(text, "Date: <time>");
        text = Rfc3339().Replace(text, "<time>");
        text = Fuzzy().Replace(text, "<time>");
        return Spaces().Replace(text, " ").Trim();
    }

    private static List<string> Trim(List<string> lines)
    {
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^Date: .*$")]
    private static partial Regex HttpDate();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"\b(just now|(\d+|an?) (second|minute|hour|day|week|month|year)s? ago)\b")]
    private static partial Regex Fuzzy();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\.\.\.|…")]
    private static partial Regex Ellipsis();
}

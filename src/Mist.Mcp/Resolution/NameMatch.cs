using Quickenshtein;

namespace Mist.Mcp;

/// <summary>
/// The one rule for names an agent types, the same as the CLI's: an exact match first, then a case-insensitive
/// match when exactly one name fits; a miss names the nearest names (by edit distance) so the agent can correct it.
/// </summary>
internal static class NameMatch
{
    /// <summary>The candidates whose name equals <paramref name="name"/> ignoring case, or none.</summary>
    public static IReadOnlyList<T> IgnoringCase<T>(IEnumerable<T> candidates, Func<T, string?> nameOf, string name) =>
        [.. candidates.Where(c => string.Equals(nameOf(c), name, StringComparison.OrdinalIgnoreCase))];

    /// <summary>" Nearest names: 'Paris 001', 'Paris 011'." or an empty string when nothing is close.</summary>
    public static string Nearest(IEnumerable<string?> names, string name, int count = 3)
    {
        var close = names
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Distance: Levenshtein.GetDistance(n.ToUpperInvariant(), name.ToUpperInvariant())))
            .Where(n => n.Distance <= Math.Max(3, name.Length / 3))
            .OrderBy(n => n.Distance)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(n => $"'{n.Name}'")
            .ToList();
        return close.Count == 0 ? string.Empty : $" Nearest names: {string.Join(", ", close)}.";
    }
}

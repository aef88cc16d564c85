using Quickenshtein;

namespace Mist;

/// <summary>
/// The one rule for a name a person or an agent types, used by the CLI, the MCP server and
/// <see cref="LookupClient"/>: an id matches that id; a name matches exactly first, then ignoring case when exactly
/// one object fits that way (so <c>paris 001</c> finds <c>Paris 001</c>, but never picks between <c>Lab</c> and
/// <c>LAB</c>); a miss names the nearest names by edit distance.
/// </summary>
public static class MistNameMatch
{
    private const int NearestCount = 3;

    /// <summary>
    /// Picks from <paramref name="candidates"/> (already read, in the API's order) the one named by
    /// <paramref name="query"/>: an id (compared with <paramref name="idOf"/>) or a name (with <paramref name="nameOf"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="query"/> is empty or blank.</exception>
    public static MistMatch<T> Match<T>(IEnumerable<T> candidates, string query, Func<T, Guid?> idOf, Func<T, string?> nameOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(nameOf);
        var text = query.Trim();
        var all = candidates as IReadOnlyList<T> ?? [.. candidates];
        if (Guid.TryParse(text, out var id))
        {
            var byId = all.Where(c => idOf(c) == id).ToList();
            return byId.Count == 1 ? MistMatch<T>.Found(text, id, byId[0]) : MistMatch<T>.NotFound(text);
        }

        return ByName(all, text, idOf, nameOf);
    }

    /// <summary>
    /// The name rule alone, for candidates already read: exact, then ignoring case when exactly one fits, otherwise
    /// not found with the nearest names.
    /// </summary>
    public static MistMatch<T> ByName<T>(IReadOnlyList<T> candidates, string name, Func<T, Guid?> idOf, Func<T, string?> nameOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(nameOf);
        var text = name.Trim();
        var exact = candidates.Where(c => string.Equals(nameOf(c), text, StringComparison.Ordinal)).ToList();
        var ignoredCase = false;
        if (exact.Count == 0)
        {
            exact = [.. candidates.Where(c => string.Equals(nameOf(c), text, StringComparison.OrdinalIgnoreCase))];
            ignoredCase = true;
        }

        return exact.Count switch
        {
            1 => MistMatch<T>.Found(text, idOf(exact[0]) ?? Guid.Empty, exact[0], ignoredCase),
            0 => MistMatch<T>.NotFound(text, Nearest(candidates.Select(nameOf), text)),
            _ => MistMatch<T>.Ambiguous(text, exact),
        };
    }

    /// <summary>Up to three distinct names closest to <paramref name="name"/> (edit distance ignoring case, at most a third of its length or 3).</summary>
    public static IReadOnlyList<string> Nearest(IEnumerable<string?> names, string name)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(name);
        var asked = name.ToUpperInvariant();
        return
        [
            .. names
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Select(n => (Name: n, Distance: Levenshtein.GetDistance(n.ToUpperInvariant(), asked)))
                .Where(n => n.Distance <= Math.Max(3, name.Length / 3))
                .OrderBy(n => n.Distance)
                .ThenBy(n => n.Name, StringComparer.Ordinal)
                .Take(NearestCount)
                .Select(n => n.Name),
        ];
    }
}

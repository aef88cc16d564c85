namespace Mist.Mcp;

/// <summary>How the tools word the nearest names of a miss; the matching itself is the SDK's <see cref="MistNameMatch"/>.</summary>
internal static class NameMatch
{
    /// <summary>" Nearest names: 'Paris 001', 'Paris 011'." or an empty string when nothing is close.</summary>
    public static string Nearest<T>(MistMatch<T> match)
        where T : class =>
        Nearest(match.NearestNames);

    /// <summary>The same for names already picked.</summary>
    public static string Nearest(IReadOnlyList<string> names) =>
        names.Count == 0 ? string.Empty : $" Nearest names: {string.Join(", ", names.Select(n => $"'{n}'"))}.";
}

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// How a command reads other tools' headers: <paramref name="Aliases"/> maps another name of a column to ours
/// (<c>site_name</c> to <c>name</c>), and <paramref name="Ignored"/> lists columns read past with a note (fields Mist
/// owns, such as <c>id</c> or <c>created_time</c>, which our own <c>-o csv</c> output carries).
/// </summary>
internal sealed record BulkColumns(IReadOnlyDictionary<string, string> Aliases, IReadOnlySet<string> Ignored)
{
    public static readonly BulkColumns None = new(new Dictionary<string, string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>A header cell as compared: trimmed and lower case.</summary>
    public static string Normalize(string cell) => cell.Trim().ToLowerInvariant();

    /// <summary>Our name of a (normalized) column.</summary>
    public string Canonical(string column) => Aliases.TryGetValue(column, out var ours) ? ours : column;

    /// <summary>Whether a header cell names a column of this command: decides that <c>#name,address</c> is a header, not a comment.</summary>
    public bool Recognises(IReadOnlyList<string> known, string cell) => known.Contains(Canonical(Normalize(cell)), StringComparer.Ordinal);
}

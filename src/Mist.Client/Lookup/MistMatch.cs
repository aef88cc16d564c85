namespace Mist;

/// <summary>
/// The answer to a lookup by id or name (<see cref="LookupClient"/>, <see cref="MistNameMatch"/>): one object, none
/// (with the nearest names, so a typo can be corrected), or several (with the candidates, so an id can be chosen).
/// A lookup never throws for "not found" or "ambiguous"; callers turn those into their own messages and exit codes.
/// </summary>
/// <typeparam name="T">What is looked up: <see cref="ReachableOrg"/>, <see cref="Site"/>, <see cref="InventoryItem"/>, a model.</typeparam>
public sealed class MistMatch<T>
    where T : class
{
    private MistMatch(MistMatchOutcome outcome, string query, Guid id, T? value, IReadOnlyList<T> candidates, IReadOnlyList<string> nearest, bool ignoredCase)
    {
        Outcome = outcome;
        Query = query;
        Id = id;
        Value = value;
        Candidates = candidates;
        NearestNames = nearest;
        IgnoredCase = ignoredCase;
    }

    /// <summary>Found, not found or ambiguous.</summary>
    public MistMatchOutcome Outcome { get; }

    /// <summary><see langword="true"/> when <see cref="Outcome"/> is <see cref="MistMatchOutcome.Found"/>.</summary>
    public bool IsFound => Outcome == MistMatchOutcome.Found;

    /// <summary>What was asked for, trimmed; empty when nothing was named (the only org a token reaches).</summary>
    public string Query { get; }

    /// <summary>The id of the object found; <see cref="Guid.Empty"/> otherwise.</summary>
    public Guid Id { get; }

    /// <summary>
    /// The object found. <see langword="null"/> when it was named by id and not read, which only
    /// <see cref="LookupClient.OrgAsync"/> does (an org id costs no request).
    /// </summary>
    public T? Value { get; }

    /// <summary>For <see cref="MistMatchOutcome.Ambiguous"/>, every object that fits; otherwise empty.</summary>
    public IReadOnlyList<T> Candidates { get; }

    /// <summary>For <see cref="MistMatchOutcome.NotFound"/>, up to three names closest to <see cref="Query"/> by edit distance, ignoring case.</summary>
    public IReadOnlyList<string> NearestNames { get; }

    /// <summary>Whether the name matched only when case was ignored (exactly one object fitted that way).</summary>
    public bool IgnoredCase { get; }

    /// <summary>A match of one object.</summary>
    public static MistMatch<T> Found(string query, Guid id, T? value, bool ignoredCase = false) =>
        new(MistMatchOutcome.Found, query, id, value, [], [], ignoredCase);

    /// <summary>No match, with the names closest to the query.</summary>
    public static MistMatch<T> NotFound(string query, IReadOnlyList<string>? nearestNames = null) =>
        new(MistMatchOutcome.NotFound, query, Guid.Empty, null, [], nearestNames ?? [], ignoredCase: false);

    /// <summary>Several matches.</summary>
    public static MistMatch<T> Ambiguous(string query, IReadOnlyList<T> candidates) =>
        new(MistMatchOutcome.Ambiguous, query, Guid.Empty, null, candidates, [], ignoredCase: false);

    /// <inheritdoc/>
    public override string ToString() => Outcome switch
    {
        MistMatchOutcome.Found => $"'{Query}': {Id}",
        MistMatchOutcome.Ambiguous => $"'{Query}': {Candidates.Count} candidates",
        _ => $"'{Query}': not found",
    };
}

namespace Mist;

/// <summary>
/// The body of a Mist search: <c>{results, start, end, limit, total, next}</c>, or for page-based searches
/// <c>{results, limit, page, total}</c>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record SearchEnvelope<T>
{
    /// <summary>The items of this page.</summary>
    public List<T>? Results { get; init; }

    /// <summary>The host-relative link to the next page, absent on the last one.</summary>
    public string? Next { get; init; }

    /// <summary>The number of items in the whole result.</summary>
    public long? Total { get; init; }

    /// <summary>Items per page.</summary>
    public int? Limit { get; init; }

    /// <summary>The page number (page-based searches only).</summary>
    public int? Page { get; init; }

    /// <summary>Start of the time window, epoch seconds.</summary>
    public double? Start { get; init; }

    /// <summary>End of the time window, epoch seconds.</summary>
    public double? End { get; init; }
}

namespace Mist;

/// <summary>One page of a list, as the server returned it.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
    where T : notnull
{
    private Page(IReadOnlyList<T> values, string? continuationToken, long? total, MistResponse? response)
    {
        Values = values;
        ContinuationToken = continuationToken;
        Total = total;
        Response = response;
    }

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>Where the next page starts (pass it to <see cref="AsyncPageable{T}.AsPages"/>), or <see langword="null"/> on the last page.</summary>
    public string? ContinuationToken { get; }

    /// <summary>The total the server reported for the whole list, when it reported one.</summary>
    public long? Total { get; }

    /// <summary>The response this page came from; <see langword="null"/> for pages made in tests.</summary>
    public MistResponse? Response { get; }

    /// <summary>Creates a page, for tests and mocks.</summary>
    public static Page<T> FromValues(IReadOnlyList<T> values, string? continuationToken, long? total = null) =>
        new(values ?? throw new ArgumentNullException(nameof(values)), continuationToken, total, null);

    /// <summary>Where this page sits among numbered pages with a known total; lets the pager fetch the rest concurrently.</summary>
    internal PagePosition? Position { get; private init; }

    /// <summary>The same page with other items (the verified subset of its own).</summary>
    internal Page<T> WithValues(IReadOnlyList<T> values) => new(values, ContinuationToken, Total, Response) { Position = Position };

    internal static Page<T> Create(IReadOnlyList<T> values, string? continuationToken, long? total, MistResponse response, PagePosition? position = null) =>
        new(values, continuationToken, total, response) { Position = position };
}


namespace Mist;

/// <summary>
/// A list that is fetched page by page as it is enumerated. Enumerate it for the items, or call
/// <see cref="AsPages"/> for the pages. A page that fails throws: items are never returned silently partial.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
    where T : notnull
{
    /// <summary>For mocking.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>Enumerates the pages, starting at <paramref name="continuationToken"/> (from a previous page) or at the first.</summary>
    /// <param name="continuationToken">Where to start, from <see cref="Page{T}.ContinuationToken"/>; <see langword="null"/> for the first page.</param>
    /// <param name="pageSizeHint">Items per page; defaults to 1,000, the most Mist returns.</param>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Enumerates every item of every page, fetching pages as needed.</summary>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
            {
                yield return value;
            }
        }
    }

    /// <summary>Creates a pageable over fixed pages, for tests and mocks.</summary>
    public static AsyncPageable<T> FromPages(IEnumerable<Page<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable([.. pages]);
    }

    private sealed class StaticPageable(IReadOnlyList<Page<T>> pages) : AsyncPageable<T>
    {
        public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            foreach (var page in pages)
            {
                await Task.Yield();
                yield return page;
            }
        }
    }
}

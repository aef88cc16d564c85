namespace Mist;

/// <summary>
/// Keeps only the items that satisfy what the request asked of the server (a MAC, a site, a type): a server or proxy
/// that ignores a filter must never make a lookup answer with another device, or a site's list show another site's.
/// Paging itself (tokens, totals, the page guard) is the inner pageable's.
/// </summary>
internal sealed class VerifiedPageable<T>(AsyncPageable<T> inner, Func<T, bool> keep) : AsyncPageable<T>
    where T : notnull
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        await foreach (var page in inner.AsPages(continuationToken, pageSizeHint).ConfigureAwait(false))
        {
            yield return page.Values.All(keep) ? page : page.WithValues([.. page.Values.Where(keep)]);
        }
    }
}

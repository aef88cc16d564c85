using System.Runtime.CompilerServices;

namespace Mist;

/// <summary>Fetches page after page with one function until a page has no continuation token.</summary>
internal sealed class FuncPageable<T>(Func<string?, int, CancellationToken, Task<Page<T>>> fetchPage) : AsyncPageable<T>
    where T : notnull
{
    public const int DefaultPageSize = 1000;

    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        if (pageSizeHint is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "The page size must be positive.");
        }

        return Enumerate(continuationToken, pageSizeHint ?? DefaultPageSize, default);
    }

    private async IAsyncEnumerable<Page<T>> Enumerate(string? token, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        do
        {
            var page = await fetchPage(token, pageSize, cancellationToken).ConfigureAwait(false);
            yield return page;
            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}

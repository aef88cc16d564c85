using System.Runtime.CompilerServices;

namespace Mist;

/// <summary>
/// Fetches page after page with one function until a page has no continuation token. When a page says where it
/// sits among numbered pages with a known total (<see cref="Page{T}.Position"/>), the pages after it are fetched
/// up to <see cref="MistClientOptions.MaxConcurrentPages"/> at a time and still yielded in order. Every page passes
/// a <see cref="PageGuard{T}"/> first, so a list that never ends or repeats itself fails instead of looping.
/// </summary>
internal sealed class FuncPageable<T>(Func<string?, int, CancellationToken, Task<Page<T>>> fetchPage, MistPipeline? pipeline = null) : AsyncPageable<T>
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
        // The first page is always fetched alone: it gives the total, and a caller that wants one page
        // (a bounded MCP listing, say) makes exactly one request.
        var guard = new PageGuard<T>(token, pageSize);
        var first = await fetchPage(token, pageSize, cancellationToken).ConfigureAwait(false);
        guard.Check(first);
        yield return first;
        if (first.ContinuationToken is null)
        {
            yield break;
        }

        var width = pipeline?.MaxConcurrentPages ?? 1;
        var pages = width > 1 && first.Position is not null
            ? new PageWindow<T>(fetchPage, pageSize, width, CallsLeft).ReadAsync(first, cancellationToken)
            : Sequential(first.ContinuationToken, pageSize, cancellationToken);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            guard.Check(page);
            yield return page;
        }
    }

    private async IAsyncEnumerable<Page<T>> Sequential(string? token, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (token is not null)
        {
            var page = await fetchPage(token, pageSize, cancellationToken).ConfigureAwait(false);
            yield return page;
            token = page.ContinuationToken;
        }
    }

    // Calls the client-side budget still allows this hour over all usable tokens; null when there is no budget.
    private long? CallsLeft()
    {
        long left = 0;
        var now = pipeline!.Time.GetUtcNow();
        foreach (var token in pipeline.Budget)
        {
            if (token.ThrottledUntil is { } until && until > now)
            {
                continue;
            }

            if (token.Remaining is not { } remaining)
            {
                return null;
            }

            left += remaining;
        }

        return left;
    }
}

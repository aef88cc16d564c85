using System.Runtime.CompilerServices;

namespace Mist;

/// <summary>
/// Fetches the numbered pages after a first page, up to <c>width</c> at a time, and yields them in order.
/// Each page is one ordinary call through the pipeline (budget, retries, timeouts). A page that fails throws
/// when its turn comes, so nothing after it is yielded; the pages still in flight are then cancelled. If a
/// page ends the list early (an empty page, a smaller total) the rest are cancelled and never yielded; if the
/// total grew, the pages past the plan are planned from the last page.
/// </summary>
internal sealed class PageWindow<T>(Func<string?, int, CancellationToken, Task<Page<T>>> fetchPage, int pageSize, int width, Func<long?> callsLeft)
    where T : notnull
{
    private readonly Queue<(string Token, Task<Page<T>> Fetch)> _inFlight = new();
    private readonly Queue<string> _planned = new();
    private CancellationTokenSource? _stop;

    public async IAsyncEnumerable<Page<T>> ReadAsync(Page<T> first, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            Plan(first);
            var next = first.ContinuationToken;
            while (next is not null)
            {
                if (_inFlight.Count > 0 && _inFlight.Peek().Token != next)
                {
                    // The list changed shape under us: drop the plan and follow the server from here.
                    await CancelInFlightAsync().ConfigureAwait(false);
                    _planned.Clear();
                }

                if (_inFlight.Count == 0 && (_planned.Count == 0 || _planned.Peek() != next))
                {
                    _planned.Clear();
                    _planned.Enqueue(next);
                }

                Fill(cancellationToken);
                var page = await _inFlight.Dequeue().Fetch.ConfigureAwait(false);
                yield return page;
                next = page.ContinuationToken;
                if (_inFlight.Count == 0 && _planned.Count == 0)
                {
                    Plan(page);
                }
            }
        }
        finally
        {
            await CancelInFlightAsync().ConfigureAwait(false);
        }
    }

    private void Plan(Page<T> page)
    {
        foreach (var token in page.Position?.FollowingTokens() ?? [])
        {
            _planned.Enqueue(token);
        }
    }

    // Tops the window up to its width. Beyond the first, a page is started only while the client-side budget has
    // a call to spare for it and for every page already in flight; otherwise it waits its turn and the pipeline's
    // own budget wait applies to it alone.
    private void Fill(CancellationToken cancellationToken)
    {
        while (_inFlight.Count < width && _planned.Count > 0)
        {
            if (_inFlight.Count > 0 && callsLeft() is { } left && left <= _inFlight.Count)
            {
                return;
            }

            // Pages in flight share one source, so a failure or an early end can cancel them all.
            _stop ??= CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var token = _planned.Dequeue();
            _inFlight.Enqueue((token, fetchPage(token, pageSize, _stop.Token)));
        }
    }

    private async Task CancelInFlightAsync()
    {
        if (_stop is not { } stop)
        {
            return;
        }

        _stop = null;
        await stop.CancelAsync().ConfigureAwait(false);
        while (_inFlight.TryDequeue(out var abandoned))
        {
            try
            {
                await abandoned.Fetch.ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A page nobody will read: its outcome no longer matters, only that it is not left running.
            }
        }

        stop.Dispose();
    }
}

using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// Runs a bulk command's items with at most N in flight. Ctrl-C stops the start of new items; the ones in flight
/// are let finish (for up to <see cref="Grace"/>), so every item ends as done, failed, interrupted or not started,
/// and the report says which. A spent rate budget or a refused token stops the run the same way.
/// </summary>
internal sealed class BulkRunner(CliConsole console, int concurrency)
{
    /// <summary>How long requests in flight may still run after Ctrl-C: a request cut off is one whose outcome is unknown.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    private string? _stopReason;

    public async Task<BulkRun<TResult>> RunAsync<TItem, TResult>(
        string what,
        IReadOnlyList<TItem> items,
        Func<TItem, CancellationToken, Task<TResult>> work,
        CancellationToken cancellationToken,
        Func<TItem, int>? weight = null)
    {
        weight ??= _ => 1;
        var slots = new BulkSlot<TResult>?[items.Count];
        var progress = new BulkProgress(console, what, items.Sum(weight));
        // In-flight work runs on this token, not the user's: Ctrl-C starts the grace period instead of abandoning
        // requests whose effect the report could then not state.
        using var grace = new CancellationTokenSource();
        using var onCancel = cancellationToken.Register(() => grace.CancelAfter(Grace));
        using var gate = new SemaphoreSlim(concurrency);
        var running = new List<Task>();
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (cancellationToken.IsCancellationRequested || Volatile.Read(ref _stopReason) is not null)
            {
                gate.Release();
                break;
            }

            running.Add(RunOneAsync(i));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        progress.Clear();
        var cancelled = cancellationToken.IsCancellationRequested;
        var notStarted = cancelled ? "Not started: interrupted (Ctrl-C)." : $"Not started: {_stopReason}";
        return new BulkRun<TResult>(
            [.. slots.Select(s => s ?? new BulkSlot<TResult>(BulkState.NotStarted, default, notStarted))],
            cancelled,
            cancelled ? null : _stopReason);

        async Task RunOneAsync(int index)
        {
            try
            {
                var slot = await RunItemAsync(items[index], work, grace.Token).ConfigureAwait(false);
                slots[index] = slot;
                progress.Advance(weight(items[index]), slot.State != BulkState.Done);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private async Task<BulkSlot<TResult>> RunItemAsync<TItem, TResult>(TItem item, Func<TItem, CancellationToken, Task<TResult>> work, CancellationToken token)
    {
        try
        {
            // Yield first so that starting an item never runs its synchronous part on the loop that starts the others.
            await Task.Yield();
            return new BulkSlot<TResult>(BulkState.Done, await work(item, token).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return new BulkSlot<TResult>(BulkState.Interrupted, default, "Interrupted while in flight; its outcome is unknown. Run the command again: it checks before it writes.");
        }
        catch (Exception e) when ((e is MistRateLimitException && !NotSent.IsShortWait(e, out _)) || e is MistAuthenticationException)
        {
            var message = ErrorReporter.Describe(e).Message;
            Interlocked.CompareExchange(ref _stopReason, $"the run stopped after: {message}", null);
            return new BulkSlot<TResult>(BulkState.Failed, default, message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new BulkSlot<TResult>(BulkState.Failed, default, ErrorReporter.Describe(e).Message);
        }
    }
}

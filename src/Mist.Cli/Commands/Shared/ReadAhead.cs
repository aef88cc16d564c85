using System.Runtime.CompilerServices;

namespace Mist.Cli.Commands.Shared;

/// <summary>
/// Asks for the next element before the caller handles the current one, so the next page is already on its way
/// (and the SDK's concurrent page window already open) while the caller resolves names or writes rows.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> WithReadAheadAsync<T>(this IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        ValueTask<bool> next = default;
        var started = false;
        try
        {
            if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                yield break;
            }

            while (true)
            {
                var current = enumerator.Current;
                next = enumerator.MoveNextAsync();
                started = true;
                yield return current;
                started = false;
                if (!await next.ConfigureAwait(false))
                {
                    yield break;
                }
            }
        }
        finally
        {
            // A caller that stops early leaves a fetch running: let it finish (or fail) before the source is disposed.
            if (started)
            {
                try
                {
                    await next.ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Nobody reads that page; its failure is not the caller's.
                }
            }

            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Shared;

/// <summary>Long listings say how far they are on stderr, on a terminal only, and clear the line when done.</summary>
internal static class PagedProgress
{
    public static async IAsyncEnumerable<T> WithProgressAsync<T>(
        this AsyncPageable<T> pageable,
        CliConsole console,
        string what,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : notnull
    {
        await foreach (var page in pageable.PagesWithProgressAsync(console, what, cancellationToken).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
            {
                yield return value;
            }
        }
    }

    /// <summary>The pages themselves, for callers that write each page as it arrives.</summary>
    public static async IAsyncEnumerable<Page<T>> PagesWithProgressAsync<T>(
        this AsyncPageable<T> pageable,
        CliConsole console,
        string what,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : notnull
    {
        var fetched = 0;
        var shown = false;
        await foreach (var page in pageable.AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            fetched += page.Values.Count;
            // Only a listing of several pages is long enough to be worth a progress line.
            if (console.IsErrorTty && (shown || page.ContinuationToken is not null))
            {
                var of = page.Total is { } total ? string.Create(CultureInfo.InvariantCulture, $" of {total:N0}") : string.Empty;
                console.WriteErrorControl("\r");
                console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"Fetching {what}: {fetched:N0}{of}..."));
                shown = true;
            }

            yield return page;
        }

        if (shown)
        {
            console.WriteErrorControl("\r\u001b[K");
        }
    }
}

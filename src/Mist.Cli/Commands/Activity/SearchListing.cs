using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// Streams a search (events, alarms, audit logs, clients) page by page to the output as the pages arrive, following
/// its <c>next</c> links; what <c>enrich</c> reads for a page overlaps the fetch of the next. Each row keeps Mist's
/// fields and gains <c>time</c>: its <c>timestamp</c> in ISO 8601 (UTC) for machines, shown in the user's time zone
/// in a table on a terminal.
/// </summary>
internal static class SearchListing
{
    public static async Task<int> WriteAsync(
        CommandContext context, MistClient client, MistRequest request, ResourceView view, string what,
        Func<IReadOnlyList<JsonObject>, CancellationToken, Task>? enrich, CancellationToken cancellationToken)
    {
        var list = context.Output.StartList(view);
        await using var pages = client.GetAllAsync(request).PagesWithProgressAsync(context.Console, what, cancellationToken).GetAsyncEnumerator(cancellationToken);
        // A page's names are read while the next page is fetched (each page of a cursor needs the one before; the
        // names do not), and the page is written once both are back, so its rows stay in order.
        (List<JsonObject> Rows, Task Enriched)? pending = null;
        while (true)
        {
            var next = pages.MoveNextAsync().AsTask();
            // Both awaited before anything is thrown: the enumerator is never left with a page in flight.
            await Task.WhenAll(pending?.Enriched ?? Task.CompletedTask, next).ConfigureAwait(false);
            if (pending is { Rows: var written })
            {
                foreach (var row in written)
                {
                    AddTime(row);
                    list.Add(row);
                }

                list.Flush();
            }

            if (!await next.ConfigureAwait(false))
            {
                break;
            }

            var rows = pages.Current.Values.Select(v => JsonNode.Parse(v.GetRawText()) as JsonObject).OfType<JsonObject>().ToList();
            pending = (rows, enrich is null ? Task.CompletedTask : enrich(rows, cancellationToken));
        }

        list.Complete();
        return ExitCodes.Success;
    }

    /// <summary>Adds <c>time</c>, the ISO 8601 form of <c>timestamp</c> (or <c>last_seen</c>).</summary>
    public static void AddTime(JsonObject row)
    {
        var source = row["timestamp"] ?? row["last_seen"];
        if (source is JsonValue value && value.GetValueKind() == JsonValueKind.Number && MistTime.FromEpochSeconds(value.GetValue<double>()) is { } at)
        {
            row["time"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
    }
}

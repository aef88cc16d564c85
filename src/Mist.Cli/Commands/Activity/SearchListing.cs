using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// Streams a search (events, alarms, audit logs, clients) page by page to the output as the pages arrive, following
/// its <c>next</c> links. Each row keeps Mist's fields and gains <c>time</c>: its <c>timestamp</c> in ISO 8601 (UTC)
/// for machines, shown in the user's time zone in a table on a terminal.
/// </summary>
internal static class SearchListing
{
    public static async Task<int> WriteAsync(
        CommandContext context, MistClient client, MistRequest request, ResourceView view, string what,
        Func<IReadOnlyList<JsonObject>, CancellationToken, Task>? enrich, CancellationToken cancellationToken)
    {
        var list = context.Output.StartList(view);
        await foreach (var page in client.GetAllAsync(request).PagesWithProgressAsync(context.Console, what, cancellationToken).ConfigureAwait(false))
        {
            var rows = page.Values.Select(v => JsonNode.Parse(v.GetRawText()) as JsonObject).OfType<JsonObject>().ToList();
            if (enrich is not null)
            {
                await enrich(rows, cancellationToken).ConfigureAwait(false);
            }

            foreach (var row in rows)
            {
                AddTime(row);
                list.Add(row);
            }

            list.Flush();
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

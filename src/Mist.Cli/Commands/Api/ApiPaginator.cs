using System.Globalization;
using System.Text.Json.Nodes;
using Mist.Cli.Output;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Api;

/// <summary><c>mist api --paginate</c>: every page, in whichever style the endpoint pages, merged into one list.</summary>
internal static class ApiPaginator
{
    public static async Task WriteAllAsync(MistClient client, MistRequest request, CliConsole console, OutputWriter writer, CancellationToken cancellationToken)
    {
        var list = writer.StartList(ResourceView.Any);
        var pages = 0;
        // A failed page throws (the SDK never returns partial lists): NDJSON lines already written stay whole, a JSON
        // array stays unclosed, and the exit code says the listing failed.
        await foreach (var page in client.GetAllAsync(request).AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            pages++;
            foreach (var value in page.Values)
            {
                list.Add(JsonNode.Parse(value.GetRawText()));
            }

            list.Flush();
            if (console.IsErrorTty)
            {
                console.WriteErrorControl("\r");
                console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"Fetched {list.Count:N0} items in {pages} page{(pages == 1 ? string.Empty : "s")}..."));
            }
        }

        if (console.IsErrorTty && pages > 0)
        {
            console.Error.WriteLine();
        }

        list.Complete();
    }
}

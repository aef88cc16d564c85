using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Api;

/// <summary>
/// Prints one response: with <c>-i</c> the status line and headers (secrets already redacted by the SDK), then the
/// body. An error status prints Mist's body too (as <c>gh api</c> does) and gives the exit code of that status.
/// </summary>
internal static class ApiResponseWriter
{
    public static int Write(MistResponse response, MistRequest request, bool include, OutputWriter writer)
    {
        if (include)
        {
            writer.WriteText($"HTTP {response.Status} {response.ReasonPhrase}");
            foreach (var (name, values) in response.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            {
                writer.WriteText($"{name}: {string.Join(", ", values)}");
            }

            writer.WriteText(string.Empty);
        }

        JsonNode? body = null;
        var isJson = false;
        try
        {
            body = response.ReadJson() is { } element ? JsonNode.Parse(element.GetRawText()) : null;
            isJson = body is not null;
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page from a proxy, say): shown as text below.
        }

        if (response.IsSuccess)
        {
            if (isJson)
            {
                writer.WriteJson(body);
            }
            else if (response.Content.Length > 0)
            {
                writer.WriteText(response.Text);
            }

            return ExitCodes.Success;
        }

        // An error body is shown as received: --fields and --query are for data, not for Mist's error.
        if (response.Content.Length > 0)
        {
            if (isJson)
            {
                writer.WriteData(OutputWriter.Indented(body));
            }
            else
            {
                writer.WriteText(response.Text);
            }
        }

        var detail = body is JsonObject obj && obj["detail"] is JsonValue d && d.TryGetValue<string>(out var text) ? ": " + text : string.Empty;
        writer.Notice($"error: {request.Method} {request.Path} answered {response.Status} {response.ReasonPhrase}{detail}");
        switch (response.Status)
        {
            case 401:
                writer.Notice("Check the token with `mist auth status`, or log in again with `mist auth login`.");
                return ExitCodes.Auth;
            case 403:
                writer.Notice("The token's privileges do not allow this (another org, or a read-only role).");
                return ExitCodes.Auth;
            case 404:
                return ExitCodes.NotFound;
            default:
                return ExitCodes.Failure;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;

namespace Mist.Simulator.Http;

/// <summary>Reads a JSON request body: 413 above the size limit, 400 <c>JSON parse error - ...</c> when malformed.</summary>
internal static class RequestBody
{
    private static readonly JsonDocumentOptions s_noDuplicates = new() { AllowDuplicateProperties = false };

    public static async Task<(JsonNode? Node, IResult? Error)> ReadAsync(HttpRequest request, bool optional, CancellationToken cancellationToken)
    {
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? long.MaxValue;
        if (request.ContentLength > limit)
        {
            return (null, ApiResults.Error(StatusCodes.Status413PayloadTooLarge, ApiErrors.TooLarge));
        }

        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiResults.Error(StatusCodes.Status413PayloadTooLarge, ApiErrors.TooLarge));
        }
        catch (BadHttpRequestException e)
        {
            // A body Kestrel refuses to read (a malformed request line or framing): the client's fault, not ours. A chunk size
            // it cannot parse surfaces as an IOException instead, which SimulatorGuard answers the same way.
            return (null, ApiResults.BadRequest($"invalid request body: {e.Message}"));
        }

        if (buffer.Length == 0)
        {
            return optional
                ? (null, null)
                : (null, ApiResults.BadRequest("JSON parse error - Expecting value: line 1 column 1 (char 0)"));
        }

        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        try
        {
            RejectInvalidStrings(json);
            // Two values for one key would make JsonObject throw later, when a handler reads it (a 500): refuse them here.
            return (JsonNode.Parse(json, documentOptions: s_noDuplicates), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $": line {line + 1} column {e.BytePositionInLine + 1}" : "";
            return (null, ApiResults.BadRequest($"JSON parse error - invalid JSON{where}"));
        }
        catch (InvalidOperationException)
        {
            return (null, ApiResults.BadRequest("JSON parse error - invalid string (a lone surrogate escape such as \\ud800)"));
        }
    }

    // JsonNode reads strings lazily, so an escape that is not valid UTF-16 would only fail (with a 500) when a handler
    // reads the value: check every string once, up front.
    private static void RejectInvalidStrings(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                _ = reader.GetString();
            }
        }
    }

    /// <summary>Reads a body that must be a JSON object.</summary>
    public static async Task<(JsonObject? Object, IResult? Error)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (node, error) = await ReadAsync(request, optional: false, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        return node is JsonObject obj ? (obj, null) : (null, ApiResults.BadRequest("invalid request body: a JSON object is expected"));
    }
}

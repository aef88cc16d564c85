using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>
/// Sits between stdin and the SDK's stream transport and answers, as JSON-RPC 2.0 requires, the lines the SDK
/// would drop without a word or answer with the wrong code: a line that is not JSON gets <c>-32700</c> with
/// <c>id: null</c>; a batch array (removed from MCP in 2025-06-18) gets <c>-32600</c>; a <c>tools/call</c> without a
/// tool name gets <c>-32602</c>; a line over <see cref="MaxLineBytes"/> gets <c>-32600</c> and is never held in
/// memory whole. Every other line passes through unchanged.
/// </summary>
internal sealed class JsonRpcLineGuard(Stream input, LineAtomicStream output)
{
    /// <summary>The largest message accepted: far above any valid call (each argument is at most 64 KiB).</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    private readonly Pipe _forward = new();

    /// <summary>What the SDK transport reads: the lines that passed.</summary>
    public Stream Passed => _forward.Reader.AsStream();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true));
        var discarding = false;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    var line = buffer.Slice(0, end);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                    if (discarding || line.Length > MaxLineBytes)
                    {
                        discarding = false;
                        await ReplyAsync(null, -32600, $"Invalid Request: the message is larger than {MaxLineBytes / (1024 * 1024)} MiB.", cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    await HandleAsync(line, cancellationToken).ConfigureAwait(false);
                }

                if (buffer.Length > MaxLineBytes)
                {
                    // Keep reading to the end of this line without keeping it.
                    discarding = true;
                    buffer = buffer.Slice(buffer.End);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    if (!buffer.IsEmpty && !discarding)
                    {
                        await HandleAsync(buffer, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await _forward.Writer.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(ReadOnlySequence<byte> line, CancellationToken cancellationToken)
    {
        var bytes = line.ToArray();
        if (bytes.AsSpan().Trim(" \t\r"u8).IsEmpty)
        {
            return;
        }

        JsonNode? message;
        try
        {
            message = JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            await ReplyAsync(null, -32700, "Parse error: the line is not valid JSON.", cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (message)
        {
            case JsonArray:
                await ReplyAsync(null, -32600, "Invalid Request: JSON-RPC batches are not supported by MCP (since 2025-06-18); send one message per line.", cancellationToken)
                    .ConfigureAwait(false);
                return;
            case JsonObject request when IsToolCallWithoutName(request):
                await ReplyAsync(request["id"], -32602, "Invalid params: tools/call needs params.name, the name of a tool from tools/list.", cancellationToken)
                    .ConfigureAwait(false);
                return;
            case JsonObject:
                await _forward.Writer.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await _forward.Writer.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                return;
            default:
                await ReplyAsync(null, -32600, "Invalid Request: a JSON-RPC message is a JSON object.", cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    private static bool IsToolCallWithoutName(JsonObject request) =>
        request["method"] is JsonValue method && method.GetValueKind() == JsonValueKind.String && (string?)method == "tools/call"
        && request.ContainsKey("id")
        && (request["params"] is not JsonObject parameters || parameters["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String);

    private Task ReplyAsync(JsonNode? id, int code, string message, CancellationToken cancellationToken)
    {
        var reply = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id?.DeepClone(),
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        };
        return output.WriteLineAsync(JsonSerializer.SerializeToUtf8Bytes(reply, MistMcpJsonContext.Default.JsonObject), cancellationToken);
    }
}

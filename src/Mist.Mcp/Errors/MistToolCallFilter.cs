using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>
/// Wraps every <c>tools/call</c>: SDK failures become tool errors with the HTTP status and Mist's detail (the SDK
/// alone would say only "an error occurred"), argument exceptions become invalid-params errors, and the call's
/// waits for rate limits are sent while they happen and listed in the result.
/// </summary>
internal static class MistToolCallFilter
{
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Create(ILogger logger) => next => async (context, cancellationToken) =>
    {
        var tool = context.Params?.Name ?? "?";
        var sink = new WaitSink(logger);
        WaitRelay.Current = sink;
        CallToolResult result;
        try
        {
            result = await next(context, cancellationToken).ConfigureAwait(false);
        }
        catch (MistException e)
        {
            var message = MistErrorText.Describe(e);
            Log.ToolFailed(logger, tool, message);
            result = Error(message);
        }
        catch (ArgumentException e)
        {
            Log.ToolFailed(logger, tool, e.Message);
            throw ToolErrors.InvalidParams(e.Message);
        }
        finally
        {
            WaitRelay.Current = null;
        }

        foreach (var said in sink.Said)
        {
            result.Content.Add(new TextContentBlock { Text = said });
        }

        return result;
    };

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };
}

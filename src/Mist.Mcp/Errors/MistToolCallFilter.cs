using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>
/// Wraps every <c>tools/call</c>. Before the tool runs, the arguments are checked against its input schema
/// (<see cref="ArgumentCheck"/>), so a wrong one sends nothing. Every failure becomes a tool result with
/// <c>isError: true</c>: SDK failures with the HTTP status and Mist's detail, argument problems with the argument
/// and the fix, expected outcomes (not found, not confirmed) as they are; each is logged as one line. The call's
/// waits for rate limits are sent while they happen and listed in the result.
/// </summary>
internal static class MistToolCallFilter
{
    /// <summary>The tools a server lists only with <c>--allow-writes</c> (a test keeps this list equal to the registered ones).</summary>
    public static readonly IReadOnlySet<string> WriteToolNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "create_site", "update_site", "delete_site", "update_device", "restart_device", "locate_device", "unlocate_device",
        "claim_devices", "assign_devices", "unassign_devices", "release_devices", "upgrade_devices",
        "create_wlan", "update_wlan", "delete_wlan", "ack_alarms",
    };

    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Create(ILogger logger) => next => async (context, cancellationToken) =>
    {
        var tool = context.Params?.Name ?? "?";
        if (context.MatchedPrimitive is null && WriteToolNames.Contains(tool))
        {
            // Still the protocol's "unknown tool" (-32602), but saying why: an agent can then ask for a server with writes.
            throw new McpProtocolException(
                $"Unknown tool: '{tool}'. Write tools exist only on a server started with --allow-writes (mist mcp serve --allow-writes).",
                McpErrorCode.InvalidParams);
        }

        if (context.MatchedPrimitive is McpServerTool matched
            && ArgumentCheck.Problem(tool, matched.ProtocolTool.InputSchema, context.Params?.Arguments?.AsReadOnly()) is { } problem)
        {
            Log.ToolFailed(logger, tool, problem);
            return Error(problem);
        }

        var sink = new WaitSink(logger);
        WaitRelay.Current = sink;
        CallToolResult result;
        try
        {
            result = await next(context, cancellationToken).ConfigureAwait(false);
        }
        catch (MistException e)
        {
            if (e is MistAuthenticationException or MistForbiddenException)
            {
                // The token's privileges may have changed: read its orgs again next time.
                context.Services?.GetService<MistConnection>()?.Forget();
            }

            result = Failed(logger, tool, MistErrorText.Describe(e));
        }
        catch (ToolArgumentException e)
        {
            result = Failed(logger, tool, e.Message);
        }
        catch (McpException e) when (e is not McpProtocolException)
        {
            result = Failed(logger, tool, e.Message);
        }
        catch (ArgumentException e)
        {
            // The SDK's own argument checks: say what was wrong without the internal parameter name.
            result = Failed(logger, tool, ToolErrors.Describe(e));
        }
        finally
        {
            WaitRelay.Current = null;
        }

        // The SDK repeats the structured result as JSON text; say it once as JSON and once as compact text instead.
        if (result.IsError is not true && result.StructuredContent is { } structured && result.Content is [TextContentBlock])
        {
            result.Content = [new TextContentBlock { Text = ResultText.Render(structured) }];
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

    private static CallToolResult Failed(ILogger logger, string tool, string message)
    {
        Log.ToolFailed(logger, tool, message);
        return Error(message);
    }
}

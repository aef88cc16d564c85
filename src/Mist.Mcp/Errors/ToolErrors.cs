using ModelContextProtocol;

namespace Mist.Mcp;

/// <summary>
/// The two kinds of failure a tool reports. An argument the agent got wrong (malformed, ambiguous, out of range)
/// is a protocol error with <see cref="McpErrorCode.InvalidParams"/>; anything else (not found, refused by Mist,
/// not confirmed) is a tool error the model reads in the result and can act on.
/// </summary>
internal static class ToolErrors
{
    public static McpProtocolException InvalidParams(string message) => new(message, McpErrorCode.InvalidParams);

    public static McpException Failed(string message) => new(message);
}

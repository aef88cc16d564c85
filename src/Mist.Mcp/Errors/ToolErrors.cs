using ModelContextProtocol;

namespace Mist.Mcp;

/// <summary>
/// The two kinds of failure a tool reports, both as a tool result with <c>isError: true</c> (as the 2025-11-25
/// protocol asks, so the model reads the fix and can retry): an argument the agent got wrong (malformed, ambiguous,
/// out of range) names the argument and the fix; anything else (not found, refused by Mist, not confirmed) says
/// what happened. Neither is a JSON-RPC error, which clients show to nobody.
/// </summary>
internal static class ToolErrors
{
    public static ToolArgumentException InvalidParams(string message) => new(message);

    public static McpException Failed(string message) => new(message);

    /// <summary>An <see cref="ArgumentException"/>'s message without the internal parameter name .NET appends.</summary>
    public static string Describe(ArgumentException e) =>
        e.ParamName is { } name && e.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? e.Message[..^$" (Parameter '{name}')".Length]
            : e.Message;
}

/// <summary>An argument the agent can correct; its message names the argument and the fix.</summary>
internal sealed class ToolArgumentException(string message) : Exception(message);

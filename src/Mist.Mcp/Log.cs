using Microsoft.Extensions.Logging;

namespace Mist.Mcp;

/// <summary>The server's log messages. None carries a token: they are built from tool names, paths and API errors.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Tool {Tool} failed: {Message}")]
    public static partial void ToolFailed(ILogger logger, string tool, string message);

    [LoggerMessage(2, LogLevel.Warning, "{Message}")]
    public static partial void Waiting(ILogger logger, string message);

    [LoggerMessage(4, LogLevel.Information, "Confirmation to {Sentence}: {Outcome}")]
    public static partial void Confirmation(ILogger logger, string sentence, string outcome);

    [LoggerMessage(5, LogLevel.Information, "Mist MCP server starting: {Tools} tools, writes {Writes}, simulator {Simulator}")]
    public static partial void Starting(ILogger logger, int tools, bool writes, bool simulator);

    [LoggerMessage(6, LogLevel.Information, "Mist MCP server listening on {Endpoint} (Streamable HTTP): writes {Writes}, simulator {Simulator}")]
    public static partial void StartingHttp(ILogger logger, Uri endpoint, bool writes, bool simulator);
}

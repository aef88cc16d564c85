using Microsoft.Extensions.Logging;

namespace Mist.Mcp;

/// <summary>What the MCP server serves: which Mist client, whether write tools exist, and what it tells the agent.</summary>
public sealed class MistMcpOptions
{
    /// <summary>
    /// The client every tool calls over stdio; over HTTP, the server's own credential, used only for requests without
    /// one when <see cref="MistMcpHttpOptions.UseConfiguredCredential"/> is set (may be null otherwise). The server
    /// never disposes it: its owner does.
    /// </summary>
    public MistClient? Client { get; init; }

    /// <summary>
    /// Whether write tools (create, update, delete, claim, assign, unassign, release, restart, locate) are registered.
    /// Off by default: the server is read-only unless the person running it asks for writes.
    /// </summary>
    public bool AllowWrites { get; init; }

    /// <summary>Whether <see cref="Client"/> talks to the embedded simulator; <c>whoami</c> and the instructions then say so.</summary>
    public bool IsSimulator { get; init; }

    /// <summary>
    /// Where the simulator keeps its state when <see cref="IsSimulator"/>: the path of its SQLite file (changes
    /// persist across restarts), or null for an in-memory simulator (changes vanish when the server stops).
    /// <c>whoami</c> and the instructions tell the agent which.
    /// </summary>
    public string? SimulatorStatePath { get; init; }

    /// <summary>How long a confirmation waits for the user's answer before the tool gives up with nothing sent (default 5 minutes).</summary>
    public TimeSpan ConfirmationTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock for confirmation timeouts and cached lookups (a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Text appended to the server instructions (for example how the credential was found).</summary>
    public string? ServerInstructionsSuffix { get; init; }

    /// <summary>
    /// Where <see cref="MistMcpServer.RunStdioAsync"/> logs. Leave unset for a console logger on stderr
    /// (stdout carries the protocol). Ignored by <see cref="MistMcpServer.AddMistMcpServer"/>, which uses the
    /// container's logging.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The name and version the server reports to clients.</summary>
    public string ServerVersion { get; init; } = typeof(MistMcpOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}

using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>
/// The one door every destructive tool goes through before it sends anything. It returns when a person (through
/// elicitation) or, failing that, the agent (by repeating the target in <c>confirm</c>) has confirmed, and throws
/// a tool error otherwise, so that nothing happens without it.
/// </summary>
internal interface IConfirmationGate
{
    /// <summary>Confirms <paramref name="request"/> or throws; <paramref name="confirm"/> is the tool's <c>confirm</c> argument.</summary>
    ValueTask ConfirmAsync(McpServer server, ConfirmationRequest request, string? confirm, CancellationToken cancellationToken);
}

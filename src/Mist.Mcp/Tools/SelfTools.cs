using System.ComponentModel;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Who the token is and what this server may do.</summary>
[McpServerToolType]
internal sealed class SelfTools(MistConnection connection, MistMcpOptions options)
{
    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "whoami", Title = "Who am I", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Who the API token belongs to, the cloud it calls, the orgs it reaches with its role in each, whether write tools are enabled, " +
        "and whether this server runs on the embedded simulator (offline sample data) rather than a real Mist cloud. Call it first.")]
    public async Task<WhoAmIResult> WhoAmIAsync(CancellationToken cancellationToken)
    {
        var self = await _mist.Self.GetAsync(cancellationToken).ConfigureAwait(false);
        var orgs = await connection.OrgsAsync(cancellationToken).ConfigureAwait(false);
        return new WhoAmIResult
        {
            Email = self.Email,
            Name = self.Name ?? Join(self.FirstName, self.LastName),
            Cloud = options.IsSimulator ? "embedded simulator (offline)" : _mist.Cloud.DisplayName,
            Simulator = options.IsSimulator,
            WritesEnabled = options.AllowWrites,
            Orgs = [.. orgs.Select(o => new OrgSummary(o.Id, o.Name, o.Role, o.Scope))],
            Note = options.IsSimulator ? MistMcpInstructions.SimulatorNote(options) : null,
        };
    }

    private static string? Join(string? first, string? last) =>
        first is null && last is null ? null : string.Join(' ', new[] { first, last }.OfType<string>());
}

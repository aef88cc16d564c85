using System.CommandLine;
using Mist.Mcp;

namespace Mist.Cli.Commands.Mcp;

/// <summary>
/// <c>mist mcp serve [--allow-writes]</c>: MCP over stdio with the same credential resolution as every other
/// command (the embedded simulator when none is configured). stdout carries only the protocol.
/// </summary>
internal sealed class McpServeCommand : MistCommand
{
    private static readonly Option<bool> s_allowWrites = new("--allow-writes") { Description = "Also offer the write tools (create, update, delete, claim, assign, restart...); also MIST_MCP_ALLOW_WRITES=1." };

    public McpServeCommand(CliApp app)
        : base(app, "serve", "Serve the Mist tools over stdio (read-only unless --allow-writes).")
    {
        Options.Add(s_allowWrites);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // An agent's tool call should not hang for the rest of the hour: wait a minute at most, then say when to retry.
        var session = await context.GetSessionAsync(
            cancellationToken,
            options =>
            {
                options.RateBudget.MaxWait = TimeSpan.FromMinutes(1);
                options.ReportWaitsToAgents();
            }).ConfigureAwait(false);
        var allowWrites = context.Parse.GetValue(s_allowWrites) || context.Console.GetEnvironment("MIST_MCP_ALLOW_WRITES") == "1";
        await MistMcpServer.RunStdioAsync(
            new MistMcpOptions { Client = session.Client, AllowWrites = allowWrites, IsSimulator = session.IsSimulator },
            cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}

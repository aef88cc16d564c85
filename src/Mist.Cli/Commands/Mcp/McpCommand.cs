using System.CommandLine;

namespace Mist.Cli.Commands.Mcp;

/// <summary><c>mist mcp</c>: the MCP server for AI agents.</summary>
internal sealed class McpCommand : Command
{
    public McpCommand(CliApp app)
        : base("mcp", "Serve Mist to AI agents over the Model Context Protocol.")
    {
        Subcommands.Add(new McpServeCommand(app));
    }
}

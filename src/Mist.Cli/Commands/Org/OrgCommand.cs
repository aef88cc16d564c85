using System.CommandLine;
using Mist.Cli.Commands.Org.Export;

namespace Mist.Cli.Commands.Org;

/// <summary><c>mist org</c>: the orgs the token reaches.</summary>
internal sealed class OrgCommand : Command
{
    public OrgCommand(CliApp app)
        : base("org", "List, view and export the orgs your token reaches.")
    {
        Subcommands.Add(new OrgListCommand(app));
        Subcommands.Add(new OrgViewCommand(app));
        Subcommands.Add(new OrgExportCommand(app));
    }
}

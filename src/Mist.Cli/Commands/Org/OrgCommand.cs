using System.CommandLine;
using Mist.Cli.Commands.Org.Apply;
using Mist.Cli.Commands.Org.Diff;
using Mist.Cli.Commands.Org.Export;

namespace Mist.Cli.Commands.Org;

/// <summary><c>mist org</c>: the orgs the token reaches.</summary>
internal sealed class OrgCommand : Command
{
    public OrgCommand(CliApp app)
        : base("org", "List, view, export, compare and apply the orgs your token reaches.")
    {
        Subcommands.Add(new OrgListCommand(app));
        Subcommands.Add(new OrgViewCommand(app));
        Subcommands.Add(new OrgExportCommand(app));
        Subcommands.Add(new OrgDiffCommand(app));
        Subcommands.Add(new OrgApplyCommand(app));
    }
}

using System.CommandLine;

namespace Mist.Cli.Commands.Wlan;

/// <summary><c>mist wlan</c>.</summary>
internal sealed class WlanCommand : Command
{
    public WlanCommand(CliApp app)
        : base("wlan", "List, view, create, update and delete WLANs of a site or of an org WLAN template.")
    {
        Subcommands.Add(new WlanListCommand(app));
        Subcommands.Add(new WlanViewCommand(app));
        Subcommands.Add(new WlanCreateCommand(app));
        Subcommands.Add(new WlanUpdateCommand(app));
        Subcommands.Add(new WlanDeleteCommand(app));
    }
}

using System.CommandLine;

namespace Mist.Cli.Commands.Site;

/// <summary><c>mist site</c>.</summary>
internal sealed class SiteCommand : Command
{
    public SiteCommand(CliApp app)
        : base("site", "List, view, create, update and delete sites.")
    {
        Subcommands.Add(new SiteListCommand(app));
        Subcommands.Add(new SiteViewCommand(app));
        Subcommands.Add(new SiteCreateCommand(app));
        Subcommands.Add(new SiteUpdateCommand(app));
        Subcommands.Add(new SiteDeleteCommand(app));
    }
}

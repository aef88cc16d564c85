using System.CommandLine;
using Mist.Cli.Commands.Site.Import;

namespace Mist.Cli.Commands.Site;

/// <summary><c>mist site</c>.</summary>
internal sealed class SiteCommand : Command
{
    public SiteCommand(CliApp app)
        : base("site", "List, view, create, update, delete and import sites.")
    {
        Subcommands.Add(new SiteListCommand(app));
        Subcommands.Add(new SiteViewCommand(app));
        Subcommands.Add(new SiteCreateCommand(app));
        Subcommands.Add(new SiteUpdateCommand(app));
        Subcommands.Add(new SiteDeleteCommand(app));
        Subcommands.Add(new SiteImportCommand(app));
    }
}

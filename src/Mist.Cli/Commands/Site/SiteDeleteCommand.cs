using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Site;

/// <summary><c>mist site delete SITE</c>: asks for the site's name on a terminal, needs <c>--yes</c> otherwise.</summary>
internal sealed class SiteDeleteCommand : MistCommand
{
    private readonly Argument<string> _site = SiteArguments.Site();

    public SiteDeleteCommand(CliApp app)
        : base(app, "delete", "Delete a site (its devices become unassigned).")
    {
        Arguments.Add(_site);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var site = await session.GetSiteAsync(context.Parse.GetRequiredValue(_site), cancellationToken).ConfigureAwait(false);
        context.Confirm($"Delete site {site.Name} ({site.Id})", site.Name ?? site.Id.ToString());
        await session.Client.Sites.DeleteAsync(site.Id, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Deleted site {site.Name} ({site.Id}).");
        if (context.Output.Options.Format != OutputFormat.Table)
        {
            context.Output.WriteItem(new JsonObject { ["id"] = site.Id.ToString(), ["name"] = site.Name, ["deleted"] = true }, ResourceView.Any);
        }

        return ExitCodes.Success;
    }
}

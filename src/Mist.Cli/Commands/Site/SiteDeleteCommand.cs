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
        var devices = context.WillPrompt ? await CountDevicesAsync(session, site.Id, cancellationToken).ConfigureAwait(false) : 0;
        var consequence = devices switch
        {
            0 => "delete the site",
            1 => "delete the site and its 1 device's assignment",
            _ => $"delete the site and its {devices} devices' assignment",
        };
        await context.ConfirmAsync(consequence, site.Name ?? site.Id.ToString(), cancellationToken).ConfigureAwait(false);
        await session.Client.Sites.DeleteAsync(site.Id, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Deleted site {site.Name} ({site.Id}).");
        if (context.Output.Options.Format != OutputFormat.Table)
        {
            context.Output.WriteItem(new JsonObject { ["id"] = site.Id.ToString(), ["name"] = site.Name, ["deleted"] = true }, ResourceView.Any);
        }

        return ExitCodes.Success;
    }

    /// <summary>The devices assigned to the site, for the prompt (one listing, only when a person is asked).</summary>
    private static async Task<int> CountDevicesAsync(Session.MistSession session, Guid siteId, CancellationToken cancellationToken)
    {
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var item in session.Client.Inventory.ListAsync(orgId, new InventoryListOptions { SiteId = siteId, Type = DeviceType.All }).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            _ = item;
            count++;
        }

        return count;
    }
}

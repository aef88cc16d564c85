using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Firmware;

/// <summary>
/// <c>mist firmware status [UPGRADE_ID] [--site SITE]</c>: one site upgrade with its devices per stage, a site's
/// upgrades (no id), or an org upgrade (an id without <c>--site</c>).
/// </summary>
internal sealed class FirmwareStatusCommand : MistCommand
{
    private readonly Argument<string?> _id = new("UPGRADE_ID") { Description = "The upgrade's id (from `mist firmware upgrade`).", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _site = new("--site") { Description = "The site of the upgrade (id or name); without an id, list the site's upgrades." };

    public FirmwareStatusCommand(CliApp app)
        : base(app, "status", "Show an upgrade's status and devices per stage, or list a site's upgrades.")
    {
        Arguments.Add(_id);
        Options.Add(_site);
    }

    protected override ResourceView View => FirmwareViews.Upgrades;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var id = FirmwareCancelCommand.ParseId(context.Parse.GetValue(_id));
        var siteRef = context.Parse.GetValue(_site);
        if (id is null && siteRef is null)
        {
            throw CliException.Usage("Give an UPGRADE_ID, or --site SITE to list a site's upgrades. Nothing was sent.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        if (siteRef is null)
        {
            var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
            var org = await session.Client.Firmware.GetOrgUpgradeAsync(orgId, id!.Value, cancellationToken).ConfigureAwait(false);
            context.Output.WriteItem(ModelJson.Object(org, MistJsonContext.Default.OrgUpgrade), ResourceView.Any);
            return ExitCodes.Success;
        }

        var site = await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false);
        if (id is { } upgradeId)
        {
            var upgrade = await session.Client.Firmware.GetSiteUpgradeAsync(site.Id, upgradeId, cancellationToken).ConfigureAwait(false);
            context.Output.WriteItem(ModelJson.Object(upgrade, MistJsonContext.Default.SiteUpgrade), View);
            return ExitCodes.Success;
        }

        var list = await session.Client.Firmware.ListSiteUpgradesAsync(site.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        context.Output.WriteList(new System.Text.Json.Nodes.JsonArray([.. list.Select(u => ModelJson.Object(u, MistJsonContext.Default.SiteUpgrade))]), View);
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Firmware;

/// <summary>
/// <c>mist firmware cancel UPGRADE_ID [--site SITE]</c>: cancels the devices that have not started (a site
/// upgrade with <c>--site</c>, else an org upgrade); devices already upgrading finish. Mist refuses (400, exit 1)
/// once every device has started.
/// </summary>
internal sealed class FirmwareCancelCommand : MistCommand
{
    private readonly Argument<string> _id = new("UPGRADE_ID") { Description = "The upgrade's id." };
    private readonly Option<string?> _site = new("--site") { Description = "The site of the upgrade (id or name); without it, an org upgrade." };

    public FirmwareCancelCommand(CliApp app)
        : base(app, "cancel", "Cancel an upgrade's devices that have not started yet.")
    {
        Arguments.Add(_id);
        Options.Add(_site);
    }

    protected override ResourceView View => ResourceView.Any;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var id = ParseId(context.Parse.GetRequiredValue(_id))!.Value;
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        if (context.Parse.GetValue(_site) is { } siteRef)
        {
            var site = await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false);
            await session.Client.Firmware.CancelSiteUpgradeAsync(site.Id, id, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
            await session.Client.Firmware.CancelOrgUpgradeAsync(orgId, id, cancellationToken).ConfigureAwait(false);
        }

        context.Output.Success($"Cancelled upgrade {id} (devices already upgrading finish).");
        return ExitCodes.Success;
    }

    /// <summary>An upgrade id the user typed: a UUID, else a usage error before anything is sent.</summary>
    public static Guid? ParseId(string? text) =>
        text is null ? null
        : Guid.TryParse(text.Trim(), out var id) ? id
        : throw CliException.Usage($"'{text}' is not an upgrade id (a UUID, as `mist firmware upgrade` prints). Nothing was sent.");
}

using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory release DEVICE...</c>: removes devices from the org (they can be claimed again). Destructive: confirmed.</summary>
internal sealed class InventoryReleaseCommand(CliApp app)
    : InventoryChangeCommand(app, "release", "Release devices from the org (unassigning them first); they can be claimed again.")
{
    protected override string Done => "released";

    protected internal override Task ConfirmChangeAsync(CommandContext context, IReadOnlyList<InventoryTarget> targets, CancellationToken cancellationToken) =>
        ConfirmAsync(context, "release", targets, "from the org", "from the org", cancellationToken);

    protected internal override Task<InventoryChangeResult> SendAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<string> macs, Mist.Site? site, CancellationToken cancellationToken) =>
        session.Client.Inventory.ReleaseAsync(orgId, macs, cancellationToken);
}

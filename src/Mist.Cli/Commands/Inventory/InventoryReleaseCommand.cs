using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory release DEVICE...</c>: removes devices from the org (they can be claimed again). Destructive: confirmed.</summary>
internal sealed class InventoryReleaseCommand(CliApp app)
    : InventoryChangeCommand(app, "release", "Release devices from the org (unassigning them first); they can be claimed again.")
{
    protected override string Done => "released";

    protected override Task<InventoryChangeResult> ChangeAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<InventoryTarget> targets, Mist.Site? site, CancellationToken cancellationToken)
    {
        Confirm(context, "Release", targets, "from the org", "from the org");
        return session.Client.Inventory.ReleaseAsync(orgId, [.. targets.Select(t => t.Mac)], cancellationToken);
    }
}

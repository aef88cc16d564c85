using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory release DEVICE...</c>: removes devices from the org (they can be claimed again). Destructive: confirmed.</summary>
internal sealed class InventoryReleaseCommand(CliApp app)
    : InventoryChangeCommand(app, "release", "Release devices from the org (unassigning them first); they can be claimed again.")
{
    protected override string Done => "released";

    protected override async Task<(InventoryChangeResult Result, Mist.Site? Site)> ChangeAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<InventoryTarget> targets, CancellationToken cancellationToken)
    {
        Confirm(context, "Release", targets, "from the org", "from the org");
        var result = await session.Client.Inventory.ReleaseAsync(orgId, [.. targets.Select(t => t.Mac)], cancellationToken).ConfigureAwait(false);
        return (result, null);
    }
}

using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory unassign DEVICE...</c>: takes devices off their site (they stay in the org). Destructive: confirmed.</summary>
internal sealed class InventoryUnassignCommand(CliApp app)
    : InventoryChangeCommand(app, "unassign", "Remove devices from their site; they stay in the org's inventory.")
{
    protected override string Done => "unassigned";

    protected override Task<InventoryChangeResult> ChangeAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<InventoryTarget> targets, Mist.Site? site, CancellationToken cancellationToken)
    {
        Confirm(context, "Unassign", targets, "from its site", "from their sites");
        return session.Client.Inventory.UnassignAsync(orgId, [.. targets.Select(t => t.Mac)], cancellationToken);
    }
}

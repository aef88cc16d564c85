using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory unassign DEVICE...</c>: takes devices off their site (they stay in the org). Destructive: confirmed.</summary>
internal sealed class InventoryUnassignCommand(CliApp app)
    : InventoryChangeCommand(app, "unassign", "Remove devices from their site; they stay in the org's inventory.")
{
    protected override string Done => "unassigned";

    protected internal override (string Result, string Reason)? Skip(InventoryItem item, Mist.Site? site, Func<Guid, string> siteName) =>
        item.SiteId is null ? ("unchanged", "Not on a site.") : null;

    protected internal override Task ConfirmChangeAsync(CommandContext context, IReadOnlyList<InventoryTarget> targets, CancellationToken cancellationToken) =>
        ConfirmAsync(context, "unassign", targets, "from its site", "from their sites", cancellationToken);

    protected internal override Task<InventoryChangeResult> SendAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<string> macs, Mist.Site? site, CancellationToken cancellationToken) =>
        session.Client.Inventory.UnassignAsync(orgId, macs, cancellationToken);
}

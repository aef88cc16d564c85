using System.CommandLine;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory</c>: the org's devices, claimed, assigned to sites or not.</summary>
internal sealed class InventoryCommand : Command
{
    public InventoryCommand(CliApp app)
        : base("inventory", "List, claim, assign, unassign and release the org's devices.")
    {
        Subcommands.Add(new InventoryListCommand(app));
        Subcommands.Add(new InventoryClaimCommand(app));
        Subcommands.Add(new InventoryAssignCommand(app));
        Subcommands.Add(new InventoryUnassignCommand(app));
        Subcommands.Add(new InventoryReleaseCommand(app));
    }
}

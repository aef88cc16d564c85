namespace Mist.Simulator.Wire;

/// <summary><c>response_org_inventory_change</c>: per-item outcome of an assign, unassign or delete; <c>reason[i]</c> explains <c>error[i]</c>.</summary>
internal sealed record InventoryChangeResponse(string Op, IReadOnlyList<string> Success, IReadOnlyList<string> Error, IReadOnlyList<string> Reason);

namespace Mist.Simulator.Wire;

/// <summary><c>response_inventory</c>, the answer to a claim (200 if anything was valid, else 400 with the same body).</summary>
internal sealed record InventoryAddResponse(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Duplicated,
    IReadOnlyList<string> Error,
    IReadOnlyList<string> Reason,
    IReadOnlyList<ClaimedItem> InventoryAdded,
    IReadOnlyList<ClaimedItem> InventoryDuplicated);

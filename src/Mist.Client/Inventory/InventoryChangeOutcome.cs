namespace Mist;

/// <summary>What happened to one device in an assign, unassign or delete.</summary>
/// <param name="Device">The MAC (or serial) as the server reported it.</param>
/// <param name="Succeeded">Whether the operation succeeded for it.</param>
/// <param name="Reason">Why it failed, as the API said.</param>
public sealed record InventoryChangeOutcome(string Device, bool Succeeded, string? Reason);

namespace Mist.Mcp;

/// <summary>What an assign, unassign or release did, device by device. A call can succeed for some devices only.</summary>
internal sealed record InventoryChangeSummary(string Op, IReadOnlyList<string> Succeeded, IReadOnlyList<FailedItem> Failed, bool Complete);

namespace Mist.Mcp;

/// <summary>One device or code an operation failed for, with the API's reason.</summary>
internal sealed record FailedItem(string Item, string? Reason);

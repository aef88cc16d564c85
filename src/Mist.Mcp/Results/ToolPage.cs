using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>One bounded page of a list tool: the items, how many, the server's total, and the cursor to continue.</summary>
/// <param name="Items">The items, with the fields asked for.</param>
/// <param name="Count">How many items this page holds.</param>
/// <param name="Total">The total the API reported for the whole list, when it reported one.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> (with the same other arguments) for the next page; absent on the last page.</param>
internal sealed record ToolPage(IReadOnlyList<JsonObject> Items, int Count, long? Total, string? NextCursor);

using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>What a claim did, code by code: added, already in the org, or refused with the API's reason.</summary>
internal sealed record ClaimSummary(IReadOnlyList<JsonObject> Added, IReadOnlyList<JsonObject> Duplicated, IReadOnlyList<FailedItem> Errors);

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mist.Mcp;

/// <summary>Source-generated metadata for tool arguments and results: no reflection, AOT-safe, snake_case like Mist.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ToolPage))]
[JsonSerializable(typeof(WhoAmIResult))]
[JsonSerializable(typeof(OrgSummary))]
[JsonSerializable(typeof(FailedItem))]
[JsonSerializable(typeof(InventoryChangeSummary))]
[JsonSerializable(typeof(ClaimSummary))]
[JsonSerializable(typeof(ActionResult))]
[JsonSerializable(typeof(RawGetResult))]
[JsonSerializable(typeof(ListCursor))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(bool?))]
[JsonSerializable(typeof(double?))]
internal sealed partial class MistMcpJsonContext : JsonSerializerContext;

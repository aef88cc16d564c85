using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mist.Cli.Output;

/// <summary>Source-generated metadata for writing JSON nodes and strings (no reflection, AOT-safe).</summary>
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(string))]
internal sealed partial class JsonContext : JsonSerializerContext
{
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist.Mcp;

/// <summary>SDK models as JSON objects with their wire (snake_case) names, through the SDK's source-generated metadata.</summary>
internal static class MistMcpJsonNodes
{
    public static JsonObject ToObject<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToNode(value, typeInfo) as JsonObject ?? [];
}

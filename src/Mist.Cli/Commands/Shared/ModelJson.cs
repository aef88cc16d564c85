using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist.Cli.Commands.Shared;

/// <summary>SDK models as the JSON Mist sent (its field names, unknown fields included), for output.</summary>
internal static class ModelJson
{
    public static JsonObject Object<T>(T value, JsonTypeInfo<T> type) =>
        JsonSerializer.SerializeToNode(value, type) as JsonObject ?? [];

    public static JsonArray Array<T>(IEnumerable<T> values, JsonTypeInfo<T> type) =>
        [.. values.Select(v => (JsonNode)Object(v, type))];
}

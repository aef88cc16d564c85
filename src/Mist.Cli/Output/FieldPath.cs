using System.Text.Json.Nodes;

namespace Mist.Cli.Output;

/// <summary>Dotted field names (<c>latlng.lat</c>) as <c>--fields</c>, tables and CSV read them.</summary>
internal static class FieldPath
{
    public static JsonNode? Lookup(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }
}

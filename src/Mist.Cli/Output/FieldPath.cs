using System.Text.Json.Nodes;

namespace Mist.Cli.Output;

/// <summary>
/// Dotted field names (<c>latlng.lat</c>) as <c>--fields</c>, tables and CSV read them: the one lookup every format
/// uses. A key that holds the whole name wins, so a row already selected by <c>--fields</c> (whose keys are the
/// dotted names) reads the same as the object it was selected from.
/// </summary>
internal static class FieldPath
{
    public static JsonNode? Lookup(JsonNode? node, string path)
    {
        if (node is JsonObject whole && whole.TryGetPropertyValue(path, out var exact))
        {
            return exact;
        }

        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }
}

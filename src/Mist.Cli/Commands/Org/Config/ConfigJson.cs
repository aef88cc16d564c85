using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Org.Config;

/// <summary>Small readings of JSON the export code repeats.</summary>
internal static class ConfigJson
{
    /// <summary>The string a node holds, or null when it is absent or not a string.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

using System.Text.Json.Serialization;

namespace Mist.Cli.Config;

/// <summary>Source-generated JSON for the CLI's own files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConfigFile))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}

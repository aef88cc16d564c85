using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;

namespace Mist.Mcp;

/// <summary>The serializer options handed to the MCP SDK: our context first, then the SDK's own protocol types.</summary>
internal static class MistMcpJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(MistMcpJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(MistMcpJsonContext.Default, McpJsonUtilities.DefaultOptions.TypeInfoResolver),
        };
        options.MakeReadOnly();
        return options;
    }
}

namespace Mist.Simulator.Tests.Conformance;

/// <summary>The official Mist OpenAPI document in <c>spec/mist-openapi/</c>, found by walking up to <c>Mist.slnx</c>.</summary>
internal static class MistSpec
{
    private static readonly Lazy<JsonObject> s_document = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mist.slnx")))
            {
                var path = Path.Combine(directory.FullName, "spec", "mist-openapi", "mist.openapi.json");
                return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            }
        }

        throw new InvalidOperationException($"No Mist.slnx above {AppContext.BaseDirectory}.");
    });

    public static JsonObject Document => s_document.Value;

    public static JsonObject Paths => Document["paths"]!.AsObject();

    /// <summary>"METHOD /path" of each operation the live API added since the bundled spec (<c>spec/overlay/live-api.json</c>).</summary>
    public static HashSet<string> LiveAdded()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mist.slnx")))
            {
                var overlay = JsonNode.Parse(File.ReadAllText(Path.Combine(directory.FullName, "spec", "overlay", "live-api.json")))!;
                return [.. overlay["added"]!.AsArray().Select(op => $"{(string)op!["method"]!} {(string)op["path"]!}")];
            }
        }

        throw new InvalidOperationException($"No Mist.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>The JSON schema of an operation's response for <paramref name="status"/>.</summary>
    public static JsonObject ResponseSchema(string path, string method, string status = "200")
    {
        var operation = Paths[path]?[method.ToLowerInvariant()] ?? throw new InvalidOperationException($"{method} {path} is not in the spec.");
        var response = Resolve(operation["responses"]![status]!.AsObject(), out _);
        return response["content"]!["application/json"]!["schema"]!.AsObject();
    }

    /// <summary>Follows <c>$ref</c>s; <paramref name="name"/> is the last component name on the way (for messages and allow-lists).</summary>
    public static JsonObject Resolve(JsonObject node, out string? name)
    {
        name = null;
        while (node["$ref"] is JsonValue reference)
        {
            var parts = ((string)reference!).Split('/');
            name = parts[^1];
            node = Document["components"]![parts[2]]![parts[3]]!.AsObject();
        }

        return node;
    }
}

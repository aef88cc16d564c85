using Mist.Simulator.Tests.Conformance;

namespace Mist.Simulator.Tests.Collections;

/// <summary>
/// Request bodies made from the spec's OpenAPI schemas: the required fields (deeply) with schema-valid values, and the
/// top-level fields a test can change or break.
/// </summary>
internal static class SchemaBodies
{
    private static readonly HashSet<string> s_serverOwned = ["id", "org_id", "site_id", "msp_id", "created_time", "modified_time"];

    public static JsonObject RequestSchema(string path, string method)
    {
        var body = MistSpec.Paths[path]![method]!["requestBody"]!.AsObject();
        return MistSpec.Resolve(MistSpec.Resolve(body, out _)["content"]!["application/json"]!["schema"]!.AsObject(), out _);
    }

    /// <summary>A minimal valid value: every required property filled, recursively.</summary>
    public static JsonNode? Valid(JsonObject schema, int depth = 0)
    {
        schema = MistSpec.Resolve(schema, out _);
        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values.First(v => v is not null)!.DeepClone();
        }

        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray alternatives)
        {
            return Valid(alternatives[0]!.AsObject(), depth + 1);
        }

        return (string?)schema["type"] switch
        {
            "string" => Text(schema),
            "integer" => (long)Math.Max((double?)schema["minimum"] ?? 1, Math.Min(1, (double?)schema["maximum"] ?? 1)),
            "number" => Math.Max((double?)schema["minimum"] ?? 1, Math.Min(1, (double?)schema["maximum"] ?? 1)),
            "boolean" => true,
            "array" => Items(schema, depth),
            _ => Object(schema, depth),
        };
    }

    /// <summary>Top-level properties a client may set, with their resolved schemas.</summary>
    public static IEnumerable<(string Name, JsonObject Schema)> Settable(JsonObject schema)
    {
        schema = MistSpec.Resolve(schema, out _);
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray alternatives)
        {
            schema = MistSpec.Resolve(alternatives[0]!.AsObject(), out _);
        }

        return (schema["properties"]?.AsObject() ?? [])
            .Where(p => !s_serverOwned.Contains(p.Key))
            .Select(p => (p.Key, MistSpec.Resolve(p.Value!.AsObject(), out _)))
            .Where(p => (bool?)p.Item2["readOnly"] != true);
    }

    // Distinct items, so that uniqueItems holds: strings get their index appended.
    private static JsonArray Items(JsonObject schema, int depth) =>
        new([.. Enumerable.Range(0, (int?)schema["minItems"] ?? 0)
            .Select(i => Valid(schema["items"]!.AsObject(), depth + 1) is JsonValue { } v && v.TryGetValue<string>(out var text) && i > 0 ? JsonValue.Create($"{text}{i}") : Valid(schema["items"]!.AsObject(), depth + 1))]);

    private static JsonObject Object(JsonObject schema, int depth)
    {
        var result = new JsonObject();
        if (depth > 8)
        {
            return result;
        }

        var properties = schema["properties"]?.AsObject();
        foreach (var name in schema["required"]?.AsArray().Select(n => (string)n!) ?? [])
        {
            result[name] = properties?[name] is JsonObject property ? Valid(property, depth + 1) : "x";
        }

        return result;
    }

    private static string Text(JsonObject schema) => (string?)schema["format"] switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "ipv4" => "10.0.0.1",
        "ipv6" => "2001:db8::1",
        "uri" or "url" => "https://example.com/hook",
        "email" => "a@example.com",
        _ => new string('x', Math.Max(3, (int?)schema["minLength"] ?? 0)),
    };
}

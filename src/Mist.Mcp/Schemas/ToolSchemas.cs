using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>
/// Rewrites the schemas the SDK infers from the tool methods into the portable subset every MCP client accepts:
/// one type per field (optional arguments are simply not required; absent results are simply not required),
/// an object for every property schema (never <c>true</c>), no <c>"default": null</c>, unknown arguments refused
/// (<c>additionalProperties: false</c>), and each argument's bounds from <see cref="ArgumentRules"/>.
/// </summary>
internal static class ToolSchemas
{
    public static JsonElement NormalizeInput(JsonElement inferred)
    {
        var schema = ToObject(inferred);
        schema["type"] = "object";
        var properties = schema["properties"] as JsonObject ?? [];
        schema["properties"] = properties;
        foreach (var (name, node) in properties.ToList())
        {
            var property = node as JsonObject ?? [];
            properties[name] = property;
            Simplify(property);
            if (property["default"] is null && property.ContainsKey("default"))
            {
                property.Remove("default");
            }

            ArgumentRules.Apply(name, property);
        }

        schema["additionalProperties"] = false;
        return JsonSerializer.SerializeToElement(schema, MistMcpJsonContext.Default.JsonObject);
    }

    public static JsonElement NormalizeOutput(JsonElement inferred)
    {
        var schema = ToObject(inferred);
        Simplify(schema);
        schema["type"] = "object";
        return JsonSerializer.SerializeToElement(schema, MistMcpJsonContext.Default.JsonObject);
    }

    /// <summary>
    /// Makes one schema (and those below it) single-typed: <c>["string","null"]</c> becomes <c>"string"</c> and the
    /// property leaves <c>required</c>, because the server leaves null fields out instead of sending null.
    /// </summary>
    private static void Simplify(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var named = types.Select(t => (string?)t).Where(t => t is not null && t != "null").ToList();
            schema["type"] = named.Count == 1 ? named[0] : null;
            if (schema["type"] is null)
            {
                schema.Remove("type");
            }
        }

        if (schema["properties"] is JsonObject properties)
        {
            var optional = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, node) in properties.ToList())
            {
                if (node is not JsonObject property)
                {
                    // A boolean schema (true: anything) is valid JSON Schema but not an MCP property schema.
                    properties[name] = new JsonObject();
                    optional.Add(name);
                    continue;
                }

                if (IsNullable(property))
                {
                    optional.Add(name);
                }

                Simplify(property);
            }

            if (schema["required"] is JsonArray required)
            {
                var kept = required.Select(r => (string?)r).Where(r => r is not null && !optional.Contains(r)).ToList();
                if (kept.Count == 0)
                {
                    schema.Remove("required");
                }
                else
                {
                    schema["required"] = new JsonArray([.. kept.Select(r => JsonValue.Create(r))]);
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            Simplify(items);
        }
        else if (schema.ContainsKey("items") && schema["items"] is not JsonObject)
        {
            schema["items"] = new JsonObject();
        }
    }

    private static bool IsNullable(JsonObject property) =>
        property["type"] is JsonArray types && types.Any(t => (string?)t == "null");

    private static JsonObject ToObject(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(element.GetRawText())!.AsObject()
            : new JsonObject { ["type"] = "object" };
}

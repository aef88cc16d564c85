using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mist.Generator;

/// <summary>
/// Writes the simulator's request schemas: the spec's (OpenAPI 3.0) schemas the collections' bodies reach, turned into
/// one JSON Schema 2020-12 document of <c>$defs</c> that a standard validator evaluates as the spec means them.
/// </summary>
internal static class RequestSchemas
{
    /// <summary>Suffix of the update variant of a schema: the same without <c>required</c>, since PUT merges.</summary>
    public const string UpdateSuffix = ".update";

    // Keywords that constrain a value and mean the same in OpenAPI 3.0 and JSON Schema 2020-12. Everything else is
    // documentation (description, example, default, format, readOnly, discriminator, x-*) or OpenAPI-only (nullable,
    // handled below), and is left out so the validator judges only what both agree on.
    private static readonly HashSet<string> s_constraints =
    [
        "type", "enum", "const", "required", "minimum", "maximum", "multipleOf", "minLength", "maxLength", "pattern",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    ];

    private static readonly string[] s_schemaLists = ["allOf", "anyOf", "oneOf"];

    public static string Document(SpecReader spec, IReadOnlyList<Collection> collections)
    {
        var roots = collections.SelectMany(c => new[] { c.CreateSchema, c.UpdateSchema }).ToHashSet(StringComparer.Ordinal);
        var reachable = Reachable(spec.Schemas, roots);
        var defs = new JsonObject();
        foreach (var name in reachable.Order(StringComparer.Ordinal))
        {
            defs[name] = Convert(spec.Schemas[name]!.AsObject());
        }

        foreach (var name in collections.Select(c => c.UpdateSchema).Distinct().Order(StringComparer.Ordinal))
        {
            defs[name + UpdateSuffix] = WithoutRequired(defs[name]!.AsObject(), defs);
        }

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$comment"] = "Written by eng/Mist.Generator from the OpenAPI spec: request schemas of the configuration-object collections.",
            ["$defs"] = defs,
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static HashSet<string> Reachable(JsonObject schemas, IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (seen.Add(name))
            {
                foreach (var reference in References(schemas[name] ?? throw new InvalidOperationException($"no schema {name}")))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o when o["$ref"] is JsonValue r => [((string)r!)[((string)r!).LastIndexOf('/')..][1..]],
        JsonObject o => o.Where(p => p.Key is not ("example" or "default" or "enum")).SelectMany(p => References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static JsonObject Convert(JsonObject schema)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            // OpenAPI 3.0 ignores a $ref's siblings; JSON Schema 2020-12 would apply them too.
            return new JsonObject { ["$ref"] = "#/$defs/" + ((string)reference!)["#/components/schemas/".Length..] };
        }

        var result = new JsonObject();
        foreach (var (key, value) in schema)
        {
            switch (key)
            {
                case "properties" or "patternProperties":
                    result[key] = new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)ConvertAny(p.Value))));
                    break;
                case "items" or "not" or "additionalProperties":
                    result[key] = ConvertAny(value);
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    // The spec's oneOf lists alternatives chosen by a discriminator or by type, which can overlap (a device
                    // profile body matches the AP and the switch profile alike): "one of them matches" is anyOf.
                    result[key == "oneOf" ? "anyOf" : key] = new JsonArray([.. value!.AsArray().Select(ConvertAny)]);
                    break;
                case "pattern" when !Compiles((string)value!):
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum":
                    throw new InvalidOperationException($"{key} (OpenAPI 3.0 boolean form) is not converted yet");
                case var constraint when s_constraints.Contains(constraint):
                    result[key] = value?.DeepClone();
                    break;
            }
        }

        return (bool?)schema["nullable"] == true ? Nullable(result) : result;
    }

    private static JsonNode? ConvertAny(JsonNode? node) => node is JsonObject o ? Convert(o) : node?.DeepClone();

    // OpenAPI 3.0's `nullable: true` admits null besides the schema's type: 2020-12 says so with a type list.
    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray((string)type!, "null");
            if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
    }

    // An update names only the fields it changes: the same schema without `required`, also in the alternatives it lists.
    private static JsonObject WithoutRequired(JsonObject schema, JsonObject defs)
    {
        var result = schema.DeepClone().AsObject();
        result.Remove("required");
        foreach (var list in s_schemaLists)
        {
            if (result[list] is JsonArray alternatives)
            {
                result[list] = new JsonArray([.. alternatives.Select(a => (JsonNode?)WithoutRequired(Target(a!.AsObject(), defs), defs))]);
            }
        }

        return result;
    }

    private static JsonObject Target(JsonObject schema, JsonObject defs) =>
        schema["$ref"] is JsonValue reference ? defs[((string)reference!)["#/$defs/".Length..]]!.AsObject() : schema;

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

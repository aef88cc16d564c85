using System.Text.Json;

namespace Mist.Simulator.Tests.Conformance;

/// <summary>
/// A field-level check of a JSON body against an OpenAPI schema: every field must be declared (objects that
/// declare no properties are free-form), required fields must be present, JSON types and enums must match, null
/// only where the schema says nullable. <c>$ref</c>, <c>allOf</c> and <c>oneOf</c> (chosen by the <c>type</c>
/// field, as Mist's unions have no discriminator) are resolved.
/// </summary>
internal sealed class SchemaChecker(IReadOnlyDictionary<string, string[]> allowedExtraFields)
{
    private readonly List<string> _errors = [];

    public static IReadOnlyList<string> Check(JsonNode? value, JsonObject schema, IReadOnlyDictionary<string, string[]>? allowedExtraFields = null)
    {
        var checker = new SchemaChecker(allowedExtraFields ?? new Dictionary<string, string[]>());
        checker.Visit(value, schema, "$", null);
        return checker._errors;
    }

    private void Visit(JsonNode? value, JsonObject schema, string at, string? schemaName)
    {
        schema = MistSpec.Resolve(schema, out var name);
        schemaName = name ?? schemaName;

        if (value is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true)
            {
                _errors.Add($"{at}: null, but {schemaName ?? "the schema"} is not nullable");
            }

            return;
        }

        if (schema["oneOf"] is JsonArray variants)
        {
            VisitOneOf(value, variants, at, schemaName);
            return;
        }

        if (schema["allOf"] is JsonArray parts)
        {
            var merged = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject(), ["required"] = new JsonArray() };
            foreach (var part in parts)
            {
                var resolved = MistSpec.Resolve(part!.AsObject(), out _);
                foreach (var (key, property) in resolved["properties"]?.AsObject() ?? [])
                {
                    merged["properties"]![key] = property!.DeepClone();
                }

                foreach (var required in resolved["required"]?.AsArray() ?? [])
                {
                    merged["required"]!.AsArray().Add(required!.DeepClone());
                }
            }

            schema = merged;
        }

        var type = (string?)schema["type"];
        var kind = value.GetValueKind();
        switch (type)
        {
            case "object":
                VisitObject(value, schema, at, schemaName, kind);
                break;
            case "array":
                if (value is not JsonArray array)
                {
                    _errors.Add($"{at}: {kind}, but {schemaName} is an array");
                    break;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Visit(array[i], schema["items"]!.AsObject(), $"{at}[{i}]", schemaName);
                }

                break;
            case "string":
                Expect(kind == JsonValueKind.String, at, kind, "a string", schemaName);
                if (kind == JsonValueKind.String && schema["enum"] is JsonArray allowed && !allowed.Any(a => (string?)a == value.GetValue<string>()))
                {
                    _errors.Add($"{at}: \"{value}\" is not one of {allowed.ToJsonString()}");
                }

                break;
            case "integer":
                Expect(kind == JsonValueKind.Number && value.GetValue<double>() % 1 == 0, at, kind, "an integer", schemaName);
                break;
            case "number":
                Expect(kind == JsonValueKind.Number, at, kind, "a number", schemaName);
                break;
            case "boolean":
                Expect(kind is JsonValueKind.True or JsonValueKind.False, at, kind, "a boolean", schemaName);
                break;
        }
    }

    private void VisitObject(JsonNode value, JsonObject schema, string at, string? schemaName, JsonValueKind kind)
    {
        if (value is not JsonObject obj)
        {
            _errors.Add($"{at}: {kind}, but {schemaName} is an object");
            return;
        }

        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey((string)required!))
            {
                _errors.Add($"{at}: required field '{required}' of {schemaName} is missing");
            }
        }

        if (schema["properties"] is not JsonObject properties)
        {
            return; // A free-form object (vars, custom_versions, ...).
        }

        var extras = schemaName is not null && allowedExtraFields.TryGetValue(schemaName, out var allowed) ? allowed : [];
        foreach (var (key, field) in obj)
        {
            if (properties[key] is JsonObject property)
            {
                Visit(field, property, $"{at}.{key}", schemaName);
            }
            else if (!extras.Contains(key))
            {
                _errors.Add($"{at}: field '{key}' is not declared by {schemaName}");
            }
        }
    }

    private void VisitOneOf(JsonNode value, JsonArray variants, string at, string? schemaName)
    {
        var discriminator = value is JsonObject obj && obj["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? (string?)t : null;
        foreach (var variant in variants)
        {
            var resolved = MistSpec.Resolve(variant!.AsObject(), out var variantName);
            var typeEnum = MistSpec.Resolve(resolved["properties"]?["type"]?.AsObject() ?? [], out _)["enum"]?.AsArray();
            var matchesType = discriminator is not null && typeEnum?.Any(e => (string?)e == discriminator) == true;
            var untypedVariant = typeEnum is null;
            if (matchesType || (discriminator is not null && untypedVariant && variantName!.StartsWith(discriminator + "_", StringComparison.Ordinal)))
            {
                Visit(value, variant.AsObject(), at, variantName);
                return;
            }
        }

        _errors.Add($"{at}: no variant of {schemaName} matches type '{discriminator}'");
    }

    private void Expect(bool ok, string at, JsonValueKind kind, string expected, string? schemaName)
    {
        if (!ok)
        {
            _errors.Add($"{at}: {kind}, but {schemaName} expects {expected}");
        }
    }
}

using System.Text;
using System.Text.Json.Nodes;

namespace Mist.Generator;

/// <summary>A C# type as the generated code writes it and as the public API baseline spells it.</summary>
/// <param name="Code">The type in code inside <c>namespace Mist.Models</c>.</param>
/// <param name="Api">The type as the public API analyzer writes it, without the outer nullability mark.</param>
/// <param name="IsValue">A value type (the API baseline marks reference type arguments with <c>!</c>).</param>
/// <param name="Key">A name for the type's metadata property in the JSON context.</param>
/// <param name="Lenient">Read through <c>LenientJsonConverter</c>: a value of another shape costs the field, not the object.</param>
/// <param name="Element">The item type of a list, the value type of a map.</param>
internal sealed record TypeRef(string Code, string Api, bool IsValue, string Key, bool Lenient, TypeRef? Element = null)
{
    public static readonly TypeRef Text = new("string", "string", false, "String", false);
    public static readonly TypeRef Whole = new("long", "long", true, "Int64", false);
    public static readonly TypeRef Number = new("double", "double", true, "Double", false);
    public static readonly TypeRef Flag = new("bool", "bool", true, "Boolean", false);
    public static readonly TypeRef Uuid = new("Guid", "System.Guid", true, "Guid", false);
    public static readonly TypeRef Any = new("JsonNode", "System.Text.Json.Nodes.JsonNode", false, "JsonNode", false);

    public string ApiArgument => IsValue ? Api : Api + "!";

    public static TypeRef ListOf(TypeRef element) =>
        new($"IList<{element.Code}>", $"System.Collections.Generic.IList<{element.ApiArgument}>", false, "IList" + element.Key, true, element);

    public static TypeRef MapOf(TypeRef value) =>
        new($"IDictionary<string, {value.Code}>", $"System.Collections.Generic.IDictionary<string!, {value.ApiArgument}>", false, "IDictionaryString" + value.Key, true, value);

    public static TypeRef Model(string name) => new(name, "Mist.Models." + name, false, name, true);
}

/// <summary>One property of a generated model.</summary>
internal sealed record ModelProperty(string JsonName, string Name, TypeRef Type, string? Doc);

/// <summary>One generated model class.</summary>
internal sealed record ModelType(string Name, string Source, string? Doc, IReadOnlyList<ModelProperty> Properties);

/// <summary>
/// Turns the spec's object schemas into model classes: a named schema gives a class of its name, an inline object
/// one named after its parent and property; strings, whole numbers, numbers, booleans and UUIDs map to
/// <c>string</c>, <c>long</c>, <c>double</c>, <c>bool</c> and <c>Guid</c>; arrays to <c>IList</c>, maps to
/// <c>IDictionary</c>; <c>oneOf</c>/<c>anyOf</c> and untyped schemas stay <c>JsonNode</c>.
/// </summary>
internal sealed partial class SchemaModels(JsonObject spec, ISet<string> reserved, IReadOnlyDictionary<string, TypeRef> overrides)
{
    private readonly Dictionary<string, ModelType?> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _namesBySchema = new(StringComparer.Ordinal);

    private JsonObject Schemas => spec["components"]!["schemas"]!.AsObject();

    public IEnumerable<ModelType> Types => _types.Values.OfType<ModelType>().OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>
    /// The lenient types <paramref name="root"/> reads through: itself, and every list, map and model its properties
    /// lead to. Each needs metadata in the root's JSON context, since <c>LenientJsonConverter</c> asks the options for it.
    /// </summary>
    public IReadOnlyList<TypeRef> Closure(TypeRef root)
    {
        var found = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        var pending = new Stack<TypeRef>([root]);
        while (pending.TryPop(out var type))
        {
            if (!type.Lenient || !found.TryAdd(type.Key, type))
            {
                continue;
            }

            if (type.Element is { } element)
            {
                pending.Push(element);
            }
            else if (_types.GetValueOrDefault(type.Key) is { } model)
            {
                foreach (var property in model.Properties)
                {
                    pending.Push(property.Type);
                }
            }
        }

        return [.. found.Values.OrderBy(t => t.Key, StringComparer.Ordinal)];
    }

    /// <summary>The type of a collection's objects, from its request schema's name.</summary>
    public TypeRef Root(string schemaName)
    {
        if (overrides.TryGetValue(schemaName, out var chosen))
        {
            return chosen;
        }

        var type = Of(new JsonObject { ["$ref"] = "#/components/schemas/" + schemaName }, Pascal(schemaName));
        return type.Code == "JsonNode" ? new TypeRef("JsonObject", "System.Text.Json.Nodes.JsonObject", false, "JsonObject", false) : type;
    }

    private TypeRef Of(JsonNode? node, string suggestedName)
    {
        if (node is not JsonObject schema)
        {
            return TypeRef.Any;
        }

        if ((string?)schema["$ref"] is { } reference)
        {
            var name = reference.Split('/')[^1];
            if (overrides.TryGetValue(name, out var chosen))
            {
                return chosen;
            }

            var target = Schemas[name] as JsonObject ?? [];
            return IsObject(target) ? Named(name, target) : Of(target, Pascal(name));
        }

        if (schema["allOf"] is JsonArray { Count: 1 } single)
        {
            return Of(single[0], suggestedName);
        }

        if (schema["oneOf"] is not null || schema["anyOf"] is not null)
        {
            return TypeRef.Any;
        }

        if (IsObject(schema))
        {
            return Define(Unique(suggestedName), suggestedName, schema);
        }

        return (string?)schema["type"] switch
        {
            "string" => (string?)schema["format"] == "uuid" ? TypeRef.Uuid : TypeRef.Text,
            "integer" => TypeRef.Whole,
            "number" => TypeRef.Number,
            "boolean" => TypeRef.Flag,
            "array" => TypeRef.ListOf(Of(schema["items"], suggestedName + "Item")),
            "object" when schema["additionalProperties"] is JsonObject values => TypeRef.MapOf(Of(values, suggestedName + "Value")),
            _ => TypeRef.Any,
        };
    }

    private static bool IsObject(JsonObject schema) =>
        schema["properties"] is JsonObject { Count: > 0 } || (schema["allOf"] is JsonArray { Count: > 1 } parts && parts.All(p => p is JsonObject));

    private TypeRef Named(string schemaName, JsonObject schema)
    {
        if (!_namesBySchema.TryGetValue(schemaName, out var name))
        {
            name = Unique(Pascal(schemaName));
            _namesBySchema[schemaName] = name;
            Define(name, schemaName, schema);
        }

        return TypeRef.Model(name);
    }

    private TypeRef Define(string name, string source, JsonObject schema)
    {
        _types[name] = null; // reserved while its properties are walked: a property may refer back to it
        var properties = new List<ModelProperty>();
        var used = new HashSet<string>(StringComparer.Ordinal) { name, "AdditionalProperties", "Equals", "GetHashCode", "ToString", "GetType" };
        foreach (var (jsonName, property) in Properties(schema))
        {
            var propertyName = Pascal(jsonName);
            while (!used.Add(propertyName))
            {
                propertyName += "Value";
            }

            properties.Add(new ModelProperty(jsonName, propertyName, Of(property, name + Pascal(jsonName)), Doc(property)));
        }

        _types[name] = new ModelType(name, source, Doc(schema), properties);
        return TypeRef.Model(name);
    }

    private IEnumerable<(string Name, JsonNode? Schema)> Properties(JsonObject schema)
    {
        var parts = schema["allOf"] is JsonArray all ? all.Select(p => Deref(p)).OfType<JsonObject>() : [schema];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (name, property) in part["properties"] as JsonObject ?? [])
            {
                if (seen.Add(name))
                {
                    yield return (name, property);
                }
            }
        }
    }

    private string Unique(string name)
    {
        var candidate = reserved.Contains(name) ? name + "Config" : name;
        for (var n = 2; _types.ContainsKey(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private JsonNode? Deref(JsonNode? node) =>
        node is JsonObject { } o && (string?)o["$ref"] is { } reference ? Deref(Schemas[reference.Split('/')[^1]]) : node;

    /// <summary>The first line of a description, with the allowed values of an enum and the default.</summary>
    private string? Doc(JsonNode? node)
    {
        var schema = node as JsonObject;
        var target = Deref(node) as JsonObject;
        var text = (string?)schema?["description"] ?? (string?)target?["description"] ?? (string?)schema?["title"];
        var first = text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => Markup().Replace(l, string.Empty).Trim()).FirstOrDefault(l => l.Length > 0);
        var doc = new StringBuilder(first is { Length: > 300 } ? first[..300].TrimEnd() + "…" : first);
        var values = (target?["enum"] ?? (Deref(target?["items"]) as JsonObject)?["enum"]) as JsonArray;
        if (values is { Count: > 0 } && values.Count <= 40)
        {
            doc.Append(doc.Length > 0 && doc[^1] != '.' ? ". " : doc.Length > 0 ? " " : string.Empty);
            doc.Append("One of: ").AppendJoin(", ", values.Where(v => v is not null).Select(v => v!.ToJsonString().Trim('"'))).Append('.');
        }

        if ((schema?["default"] ?? target?["default"]) is JsonValue fallback)
        {
            doc.Append(doc.Length > 0 && doc[^1] != '.' ? ". " : doc.Length > 0 ? " " : string.Empty);
            doc.Append("Default: ").Append(fallback.ToJsonString().Trim('"')).Append('.');
        }

        return doc.Length == 0 ? null : doc.ToString();
    }

    /// <summary>snake_case, kebab-case or dotted names as PascalCase; a leading digit gets an <c>N</c>.</summary>
    internal static string Pascal(string name)
    {
        var result = new StringBuilder();
        foreach (var part in name.Split(['_', '-', '.', ' ', '/', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. part.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                result.Append(char.ToUpperInvariant(letters[0])).Append(letters[1..]);
            }
        }

        if (result.Length == 0 || char.IsDigit(result[0]))
        {
            result.Insert(0, 'N');
        }

        return result.ToString();
    }

    // Markdown emphasis, code ticks and HTML tags in the spec's descriptions, which a doc comment does not want.
    [System.Text.RegularExpressions.GeneratedRegex(@"<[^>]+>|[*`]")]
    private static partial System.Text.RegularExpressions.Regex Markup();
}

using System.Globalization;
using System.Text.Json;

namespace Mist.Mcp;

/// <summary>
/// Checks a call's arguments against the tool's input schema (as <see cref="ToolSchemas.NormalizeInput"/> wrote it)
/// before the tool runs, so a wrong argument becomes a tool error naming the argument and the fix, and nothing is
/// sent to Mist. It reads only the keywords that schema uses: type, enum, minimum, maximum, minLength, maxLength,
/// minItems, maxItems, items, required and additionalProperties.
/// </summary>
internal static class ArgumentCheck
{
    /// <summary>The problem with the arguments, or null when they fit the schema.</summary>
    public static string? Problem(string tool, JsonElement schema, IReadOnlyDictionary<string, JsonElement>? arguments)
    {
        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var known = properties.ValueKind == JsonValueKind.Object ? properties.EnumerateObject().Select(x => x.Name).ToList() : [];
        arguments ??= new Dictionary<string, JsonElement>();

        foreach (var (name, value) in arguments)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                return $"Unknown argument '{Shorten(name)}': {tool} takes {(known.Count == 0 ? "no arguments" : string.Join(", ", known))}.";
            }

            if (value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) && Size(value) > ArgumentRules.MaxArgumentBytes)
            {
                return $"Argument '{name}' is {Size(value):N0} bytes; at most {ArgumentRules.MaxArgumentBytes:N0} are accepted.";
            }
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (!arguments.TryGetValue(name, out var given) || given.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                {
                    return $"Missing argument '{name}'. {Describe(properties, name)}".TrimEnd();
                }
            }
        }

        foreach (var (name, value) in arguments)
        {
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue;
            }

            var property = properties.GetProperty(name);
            if (Check(property, value, $"'{name}'") is { } problem)
            {
                return $"Argument {problem} {Describe(properties, name)}".TrimEnd();
            }
        }

        return null;
    }

    private static string? Check(JsonElement schema, JsonElement value, string what)
    {
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is not null && !Fits(type, value))
        {
            return $"{what} must be {Article(type)}; {Shown(value)} was given.";
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            return $"{what} must be one of {string.Join(", ", choices.EnumerateArray().Select(c => c.ToString()))}; {Shown(value)} was given.";
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                var number = value.GetDouble();
                var min = Number(schema, "minimum");
                var max = Number(schema, "maximum");
                if (number < min || number > max)
                {
                    return $"{what} must be {Range(min, max)}; {value.GetRawText()} was given.";
                }

                break;
            case JsonValueKind.String:
                var length = value.GetString()!.Length;
                if (length < Number(schema, "minLength"))
                {
                    return $"{what} must not be empty.";
                }

                if (length > Number(schema, "maxLength"))
                {
                    return $"{what} is {length:N0} characters long; at most {Number(schema, "maxLength"):N0} are accepted.";
                }

                break;
            case JsonValueKind.Array:
                var count = value.GetArrayLength();
                if (count < Number(schema, "minItems"))
                {
                    return $"{what} must list at least {Number(schema, "minItems")} item(s); an empty list was given.";
                }

                if (count > Number(schema, "maxItems"))
                {
                    return $"{what} lists {count:N0} items; at most {Number(schema, "maxItems"):N0} are accepted in one call.";
                }

                if (schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
                {
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        if (Check(items, item, $"{what} item {index + 1}") is { } problem)
                        {
                            return problem;
                        }

                        index++;
                    }
                }

                break;
        }

        return null;
    }

    private static bool Fits(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && Math.Floor(d) == d && d is >= int.MinValue and <= int.MaxValue,
        "number" => value.ValueKind == JsonValueKind.Number,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    private static double? Number(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var n) && n.ValueKind == JsonValueKind.Number ? n.GetDouble() : null;

    private static string Range(double? min, double? max) => (min, max) switch
    {
        ({ } a, { } b) => $"from {a.ToString(CultureInfo.InvariantCulture)} to {b.ToString(CultureInfo.InvariantCulture)}",
        ({ } a, null) => $"at least {a.ToString(CultureInfo.InvariantCulture)}",
        (null, { } b) => $"at most {b.ToString(CultureInfo.InvariantCulture)}",
        _ => "a number",
    };

    private static string Article(string type) => type switch
    {
        "integer" => "an integer",
        "array" => "an array",
        "object" => "an object",
        _ => $"a {type}",
    };

    /// <summary>The argument's description, which says what a right value looks like.</summary>
    private static string Describe(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property)
            && property.TryGetProperty("description", out var description) ? $"({name}: {description.GetString()})" : string.Empty;

    private static string Shown(JsonElement value)
    {
        var raw = value.ValueKind == JsonValueKind.String ? JsonSerializer.Serialize(value.GetString()!, MistMcpJsonContext.Default.String) : value.GetRawText();
        return Shorten(raw);
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 60), "...");

    private static long Size(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? System.Text.Encoding.UTF8.GetByteCount(value.GetString()!) : value.GetRawText().Length;
}

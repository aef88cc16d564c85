using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

/// <summary>JMESPath's view of JSON values: types, truthiness, equality and ordering. A C# null is JSON null.</summary>
internal static class JmesValues
{
    public static string TypeOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "array",
        JsonObject => "object",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
    };

    public static bool IsNumber(JsonNode? node) => node is JsonValue && node.GetValueKind() == JsonValueKind.Number;

    public static bool IsString(JsonNode? node) => node is JsonValue && node.GetValueKind() == JsonValueKind.String;

    public static double Number(JsonNode node) =>
        node.AsValue().TryGetValue<double>(out var value)
            ? value
            : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string String(JsonNode node) => node.GetValue<string>();

    /// <summary>False, null, "", [] and {} are false; everything else (0 included) is true.</summary>
    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        _ => node.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => String(node).Length > 0,
            _ => true,
        },
    };

    public static bool AreEqual(JsonNode? a, JsonNode? b)
    {
        var type = TypeOf(a);
        if (type != TypeOf(b))
        {
            return false;
        }

        return type switch
        {
            "null" => true,
            "number" => Number(a!) == Number(b!),
            "string" => String(a!) == String(b!),
            "boolean" => a!.GetValueKind() == b!.GetValueKind(),
            "array" => a!.AsArray().Count == b!.AsArray().Count && a.AsArray().Zip(b.AsArray()).All(p => AreEqual(p.First, p.Second)),
            _ => a!.AsObject().Count == b!.AsObject().Count
                && a.AsObject().All(p => b.AsObject().TryGetPropertyValue(p.Key, out var other) && AreEqual(p.Value, other)),
        };
    }

    /// <summary>Orders two numbers or two strings; <see langword="null"/> for any other pair.</summary>
    public static int? Compare(JsonNode? a, JsonNode? b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            return Number(a!).CompareTo(Number(b!));
        }

        if (IsString(a) && IsString(b))
        {
            return CompareCodePoints(String(a!), String(b!));
        }

        return null;
    }

    /// <summary>
    /// Strings in Unicode code point order, as the specification asks (UTF-16 order puts U+FFFF after U+1F600):
    /// at the first differing unit, a surrogate (a code point above U+FFFF) sorts after every other BMP unit.
    /// </summary>
    public static int CompareCodePoints(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return Fixup(a[common]).CompareTo(Fixup(b[common]));

        static int Fixup(char c) => c >= '\uD800' ? (c >= '\uE000' ? c - 0x800 : c + 0x2000) : c;
    }

    /// <summary>A copy that can be put into a new array or object (a node has one parent).</summary>
    public static JsonNode? Copy(JsonNode? node) => node?.DeepClone();

    public static JsonNode Of(double value) => JsonValue.Create(value);

    public static JsonNode Of(string value) => JsonValue.Create(value);

    public static JsonNode Of(bool value) => JsonValue.Create(value);
}

using System.Globalization;
using System.Text.Json.Nodes;
using static Mist.Cli.Output.Query.JmesValues;

namespace Mist.Cli.Output.Query;

/// <summary>The built-in functions of the JMESPath specification, with its argument type checks.</summary>
internal static partial class JmesFunctions
{
    private static readonly HashSet<string> s_names =
    [
        "abs", "avg", "ceil", "contains", "ends_with", "floor", "join", "keys", "length", "map", "max", "max_by", "merge",
        "min", "min_by", "not_null", "reverse", "sort", "sort_by", "starts_with", "sum", "to_array", "to_number",
        "to_string", "type", "values",
    ];

    public static bool Exists(string name) => s_names.Contains(name);

    public static JsonNode? Call(string name, IReadOnlyList<JmesNode> arguments, JsonNode? current)
    {
        var args = new Arguments(name, arguments, current);
        return name switch
        {
            "abs" => Of(Math.Abs(args.Number(0, 1))),
            "ceil" => Of(Math.Ceiling(args.Number(0, 1))),
            "floor" => Of(Math.Floor(args.Number(0, 1))),
            "avg" => args.Numbers(0, 1) is { Count: > 0 } numbers ? Of(numbers.Average()) : null,
            "sum" => Sum(args),
            "contains" => Of(Contains(args)),
            "starts_with" => Of(args.String(0, 2).StartsWith(args.String(1, 2), StringComparison.Ordinal)),
            "ends_with" => Of(args.String(0, 2).EndsWith(args.String(1, 2), StringComparison.Ordinal)),
            "join" => Of(string.Join(args.String(0, 2), args.Array(1, 2).Select(e => IsString(e) ? String(e!) : throw args.Invalid(1, "array of strings")))),
            "keys" => new JsonArray([.. args.Object(0, 1).Select(p => Of(p.Key))]),
            "values" => new JsonArray([.. args.Object(0, 1).Select(p => Copy(p.Value))]),
            "length" => Of(Length(args)),
            "map" => Map(args),
            "max" => Extreme(args, max: true),
            "min" => Extreme(args, max: false),
            "max_by" => ExtremeBy(args, max: true),
            "min_by" => ExtremeBy(args, max: false),
            "merge" => Merge(args),
            "not_null" => Copy(args.All(minimum: 1).FirstOrDefault(v => v is not null)),
            "reverse" => Reverse(args),
            "sort" => Sort(args),
            "sort_by" => SortBy(args),
            "to_array" => args.Any(0, 1) is JsonArray array ? Copy(array) : new JsonArray(Copy(args.Any(0, 1))),
            "to_number" => ToNumber(args.Any(0, 1)),
            "to_string" => args.Any(0, 1) is var value && IsString(value) ? Copy(value) : Of(value?.ToJsonString() ?? "null"),
            "type" => Of(TypeOf(args.Any(0, 1))),
            _ => throw new JmesException($"unknown function {name}()"),
        };
    }

    private static bool Contains(Arguments args)
    {
        var subject = args.Any(0, 2);
        var search = args.Any(1, 2);
        return subject switch
        {
            JsonArray array => array.Any(e => AreEqual(e, search)),
            _ when IsString(subject) => IsString(search) && String(subject!).Contains(String(search!), StringComparison.Ordinal),
            _ => throw args.Invalid(0, "array or string"),
        };
    }

    private static int Length(Arguments args) => args.Any(0, 1) switch
    {
        JsonArray array => array.Count,
        JsonObject obj => obj.Count,
        var value when IsString(value) => String(value!).EnumerateRunes().Count(),
        _ => throw args.Invalid(0, "string, array or object"),
    };

    private static JsonArray Map(Arguments args)
    {
        var expression = args.Expression(0, 2);
        return new JsonArray([.. args.Array(1, 2).Select(e => Copy(expression.Evaluate(e)))]);
    }

    private static JsonObject Merge(Arguments args)
    {
        var result = new JsonObject();
        var all = args.All(minimum: 1);
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var (key, value) in all[i] as JsonObject ?? throw args.Invalid(i, "object"))
            {
                result[key] = Copy(value);
            }
        }

        return result;
    }

    private static JsonNode Reverse(Arguments args) => args.Any(0, 1) switch
    {
        JsonArray array => new JsonArray([.. array.Reverse().Select(Copy)]),
        var value when IsString(value) => Of(string.Concat(String(value!).EnumerateRunes().Reverse().Select(r => r.ToString()))),
        _ => throw args.Invalid(0, "array or string"),
    };

    private static JsonNode? ToNumber(JsonNode? value)
    {
        if (IsNumber(value))
        {
            return Copy(value);
        }

        return IsString(value) && double.TryParse(String(value!), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Of(number) : null;
    }

    /// <summary>sum: exact for integers (9007199254740993 stays itself, beyond a double's 53 bits); otherwise a double.</summary>
    private static JsonNode Sum(Arguments args)
    {
        var numbers = args.Numbers(0, 1);
        var items = args.Array(0, 1);
        System.Numerics.BigInteger total = 0;
        foreach (var item in items)
        {
            if (!System.Numerics.BigInteger.TryParse(item!.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
            {
                return Of(numbers.Sum());
            }

            total += integer;
        }

        return total >= long.MinValue && total <= long.MaxValue
            ? JsonValue.Create((long)total)
            : JsonNode.Parse(total.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
    }
}

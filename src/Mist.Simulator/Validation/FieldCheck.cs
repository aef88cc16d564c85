using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Simulator.Validation;

/// <summary>Type checks of body fields; each returns Mist's 400 detail text, or null when the field is absent or valid.</summary>
internal static class FieldCheck
{
    public static string? String(JsonObject body, string name, bool nullable = false, bool nonEmpty = false)
    {
        if (!body.TryGetPropertyValue(name, out var value))
        {
            return null;
        }

        if (value is null)
        {
            return nullable ? null : $"invalid {name}: may not be null";
        }

        if (value.GetValueKind() != JsonValueKind.String)
        {
            return $"invalid {name}: a string is expected";
        }

        return nonEmpty && string.IsNullOrWhiteSpace(value.GetValue<string>()) ? $"invalid {name}: may not be blank" : null;
    }

    public static string? Boolean(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var value) && value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)
            ? $"invalid {name}: true or false is expected"
            : null;

    public static string? Integer(JsonObject body, string name, long min, long max)
    {
        if (!body.TryGetPropertyValue(name, out var value))
        {
            return null;
        }

        return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) && n >= min && n <= max
            ? null
            : $"invalid {name}: an integer between {min} and {max} is expected";
    }

    public static string? Number(JsonObject body, string name, double min, double max)
    {
        if (!body.TryGetPropertyValue(name, out var value))
        {
            return null;
        }

        return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is var d && d >= min && d <= max
            ? null
            : $"invalid {name}: a number between {min} and {max} is expected";
    }

    public static string? Object(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var value) && value is not JsonObject ? $"invalid {name}: an object is expected" : null;

    public static string? StringArray(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var value))
        {
            return null;
        }

        return value is JsonArray array && array.All(item => item?.GetValueKind() == JsonValueKind.String)
            ? null
            : $"invalid {name}: a list of strings is expected";
    }

    public static string? First(params string?[] errors) => errors.FirstOrDefault(e => e is not null);
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Mist.Simulator.Collections;

/// <summary>
/// Judges request bodies by the spec's request schemas (converted to JSON Schema 2020-12 by eng/Mist.Generator) with
/// JsonSchema.Net, and words the first violation as Mist's 400 detail, naming the field. The schemas are read on first
/// use, so a simulator that never receives a configuration object does not pay for them.
/// </summary>
internal static partial class RequestValidator
{
    private const string ResourceName = "Mist.Simulator.request-schemas.json";
    private static readonly Uri s_base = new("urn:mist-simulator:request-schemas");
    private static readonly Lazy<BuildOptions> s_options = new(Load);
    private static readonly ConcurrentDictionary<string, JsonSchema> s_schemas = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions s_evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        // The details are parsed below and shown to API clients: the library's own English words, whatever the host's culture.
        Culture = CultureInfo.InvariantCulture,
    };

    /// <summary>Null when <paramref name="body"/> is valid for the named schema, else the detail of the first violation.</summary>
    public static string? Validate(string schemaName, JsonObject body)
    {
        var schema = s_schemas.GetOrAdd(schemaName, Build);
        using var document = JsonDocument.Parse(body.ToJsonString());
        var results = schema.Evaluate(document.RootElement, s_evaluation);
        return results.IsValid ? null : Describe(results);
    }

    private static BuildOptions Load()
    {
        using var stream = typeof(RequestValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        // Registers the document of $defs under its base URI, where each collection's schema refers to it.
        _ = JsonSchema.Build(document.RootElement.Clone(), options, s_base);
        return options;
    }

    private static JsonSchema Build(string schemaName)
    {
        using var reference = JsonDocument.Parse(new JsonObject { ["$ref"] = $"{s_base}#/$defs/{schemaName}" }.ToJsonString());
        return JsonSchema.Build(reference.RootElement.Clone(), s_options.Value, new Uri($"urn:mist-simulator:request:{schemaName}"));
    }

    private static string Describe(EvaluationResults results)
    {
        // A violation inside an alternative (anyOf) is more telling than the alternative's own "no match".
        var violations = (results.Details ?? []).Prepend(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (Location: d.InstanceLocation.ToString(), Keyword: e.Key, Message: e.Value)))
            .OrderByDescending(v => v.Keyword is not ("anyOf" or "allOf" or "oneOf" or "$ref"))
            .ThenByDescending(v => v.Location.Length)
            .ToList();
        if (violations.Count == 0)
        {
            return "invalid request body";
        }

        var (location, keyword, message) = violations[0];
        var field = Field(location);
        if (keyword == "required" && Names().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value.Replace("\"", "", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries);
            return string.Join("; ", names.Select(n => $"{Prefix(field)}{n}: this field is required"));
        }

        if (keyword == "type" && TypeMessage().Match(message) is { Success: true } type)
        {
            var expected = type.Groups[2].Value.Replace("\"", "", StringComparison.Ordinal).Trim('[', ']').Replace(",", " or ", StringComparison.Ordinal);
            message = $"expected {expected}, got {type.Groups[1].Value.Trim('"')}";
        }

        return field.Length == 0 ? message : $"{field}: {message}";
    }

    private static string Prefix(string field) => field.Length == 0 ? "" : field + ".";

    /// <summary>A JSON pointer as a field path: <c>/rules/0/src</c> is <c>rules[0].src</c>.</summary>
    private static string Field(string pointer)
    {
        var path = new System.Text.StringBuilder();
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            _ = name.All(char.IsAsciiDigit) ? path.Append('[').Append(name).Append(']') : path.Append(path.Length == 0 ? "" : ".").Append(name);
        }

        return path.ToString();
    }

    [GeneratedRegex(@"^Required properties \[(.*)\] are not present")]
    private static partial Regex Names();

    [GeneratedRegex(@"^Value is (\S+) but should be (.+)$")]
    private static partial Regex TypeMessage();
}

using System.Collections.Concurrent;
using System.Globalization;
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
    private static readonly Lazy<JsonObject> s_definitions = new(Load);
    private static readonly ConcurrentDictionary<string, JsonSchema> s_schemas = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="body"/> is valid for the named schema, else the detail of the first violation.</summary>
    public static string? Validate(string schemaName, JsonObject body)
    {
        var schema = s_schemas.GetOrAdd(schemaName, Build);
        // Options per call: each holds its own schema registry (the library registers the evaluated schema in it), so
        // concurrent requests never share one, and no schema lands in the library's global registry.
        var options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.Hierarchical,
            // The details are parsed below and shown to API clients: the library's own English words, whatever the host's culture.
            Culture = CultureInfo.InvariantCulture,
        };
        var results = schema.Evaluate(JsonNode.Parse(body.ToJsonString()), options);
        return results.IsValid ? null : Describe(results);
    }

    private static JsonObject Load()
    {
        using var stream = typeof(RequestValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return JsonNode.Parse(stream)!["$defs"]!.AsObject();
    }

    // Each schema is built from only the definitions it reaches: building all 900 at once took seconds, which every
    // CLI command that creates an object would pay on its embedded simulator.
    private static JsonSchema Build(string schemaName)
    {
        var definitions = s_definitions.Value;
        var reached = new JsonObject();
        var pending = new Stack<string>([schemaName]);
        while (pending.TryPop(out var name))
        {
            if (reached.ContainsKey(name))
            {
                continue;
            }

            var definition = definitions[name] ?? throw new InvalidOperationException($"No request schema {name}.");
            reached[name] = definition.DeepClone();
            foreach (var reference in References(definition))
            {
                pending.Push(reference);
            }
        }

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:mist-simulator:request:{Uri.EscapeDataString(schemaName)}",
            ["$ref"] = $"#/$defs/{schemaName}",
            ["$defs"] = reached,
        };
        return JsonSchema.FromText(document.ToJsonString());
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o when o["$ref"] is JsonValue r => [((string)r!)["#/$defs/".Length..]],
        JsonObject o => o.Where(p => p.Key is not ("enum" or "const")).SelectMany(p => References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static string Describe(EvaluationResults results)
    {
        // A violation inside an alternative (anyOf) is more telling than the alternative's own "no match".
        var violations = Failed(results)
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
            // The library words a type list as "integer, null" (or, in other versions, ["integer","null"]).
            var expected = string.Join(" or ", type.Groups[2].Value.Replace("\"", "", StringComparison.Ordinal).Trim('[', ']')
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            message = $"expected {expected}, got {type.Groups[1].Value.Trim('"')}";
        }

        return field.Length == 0 ? message : $"{field}: {message}";
    }

    // Only failed nodes under failed nodes: an alternative that failed inside an anyOf that passed is no violation.
    private static IEnumerable<EvaluationResults> Failed(EvaluationResults node) =>
        node.IsValid ? [] : (node.Details ?? []).SelectMany(Failed).Prepend(node);

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

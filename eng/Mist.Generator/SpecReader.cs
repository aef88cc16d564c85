using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mist.Generator;

/// <summary>Reads the operations of the bundled OpenAPI spec, with <c>$ref</c>s resolved.</summary>
internal sealed partial class SpecReader(JsonObject spec)
{
    private static readonly string[] s_methods = ["get", "post", "put", "delete"];

    public string Version => (string?)spec["info"]?["version"] ?? "unknown";

    /// <summary>The spec's named schemas (<c>components/schemas</c>).</summary>
    public JsonObject Schemas => spec["components"]!["schemas"]!.AsObject();

    /// <summary>The component name of an operation's JSON request body (every collection's body is a named schema).</summary>
    public string RequestSchemaName(string path, string method)
    {
        var body = Deref(spec["paths"]?[path]?[method]?["requestBody"]);
        var reference = (string?)body?["content"]?["application/json"]?["schema"]?["$ref"]
            ?? throw new InvalidOperationException($"{method} {path} has no named JSON request schema");
        return reference[(reference.LastIndexOf('/') + 1)..];
    }

    /// <summary>Every operation under <c>/api/v1/</c> (the spec's webhook example pseudo-paths are not operations).</summary>
    public List<(Operation Operation, ResponseShape Shape)> Operations()
    {
        var result = new List<(Operation, ResponseShape)>();
        foreach (var (path, itemNode) in spec["paths"]!.AsObject())
        {
            if (!path.StartsWith("/api/v1/", StringComparison.Ordinal) || itemNode is not JsonObject item)
            {
                continue;
            }

            var shared = item["parameters"]?.AsArray() ?? [];
            foreach (var method in s_methods)
            {
                if (item[method] is not JsonObject op)
                {
                    continue;
                }

                var parameters = shared.Concat(op["parameters"]?.AsArray() ?? []).Select(p => Deref(p)!.AsObject()).ToList();
                var operation = new Operation(
                    (string)op["operationId"]!,
                    method.ToUpperInvariant(),
                    path,
                    (string?)op["tags"]?[0] ?? "Untagged",
                    Summary(op),
                    [.. parameters.Where(p => (string?)p["in"] == "path").Select(ToParameter)],
                    [.. parameters.Where(p => (string?)p["in"] == "query").Select(ToParameter)],
                    Paging: string.Empty,
                    Origin: "Spec");
                result.Add((operation, Shape(op)));
            }
        }

        return result;
    }

    /// <summary>The most common schema of each query parameter name, for parameters the overlay names without one.</summary>
    public Dictionary<string, Parameter> QueryParametersByName() =>
        Operations()
            .SelectMany(o => o.Operation.QueryParameters)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(p => (p.Type, p.IsList)).OrderByDescending(t => t.Count()).First().First() with { Enum = [], Required = false }, StringComparer.Ordinal);

    private Parameter ToParameter(JsonObject parameter)
    {
        var schema = Deref(parameter["schema"])?.AsObject() ?? [];
        var isList = (string?)schema["type"] == "array";
        var element = isList ? Deref(schema["items"])?.AsObject() ?? [] : schema;
        var type = ((string?)element["type"], (string?)element["format"]) switch
        {
            ("string", "uuid") => "Uuid",
            ("integer", _) => "WholeNumber",
            ("number", _) => "Number",
            ("boolean", _) => "Boolean",
            _ => "Text",
        };
        var description = (string?)parameter["description"] ?? string.Empty;
        isList |= type == "Text" && CommaList().IsMatch(description);
        var allowed = element["enum"]?.AsArray().Select(v => v?.ToString() ?? string.Empty).Where(v => v.Length > 0).ToList() ?? [];
        return new Parameter((string)parameter["name"]!, type, isList, allowed, (bool?)parameter["required"] ?? false);
    }

    private ResponseShape Shape(JsonObject op)
    {
        var ok = Deref(op["responses"]?["200"])?.AsObject();
        var schema = Deref(ok?["content"]?["application/json"]?["schema"])?.AsObject();
        return schema is null
            ? ResponseShape.None
            : (string?)schema["type"] switch
            {
                "array" => ResponseShape.Array,
                "object" when schema["properties"]?["next"] is not null => ResponseShape.NextEnvelope,
                "object" when schema["properties"]?["results"] is not null => ResponseShape.Envelope,
                _ => ResponseShape.Object,
            };
    }

    private static string? Summary(JsonObject op)
    {
        var text = (string?)op["description"] ?? (string?)op["summary"];
        if (string.IsNullOrWhiteSpace(text) || text == (string?)op["operationId"])
        {
            return null;
        }

        var first = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        first = Markup().Replace(first, string.Empty).Trim();
        return first.Length == 0 ? null : first.Length > 240 ? first[..240].TrimEnd() + "…" : first;
    }

    private JsonNode? Deref(JsonNode? node)
    {
        for (var hops = 0; node is JsonObject o && o["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"$ref cycle at {reference}");
            }

            node = ((string)reference!).TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode?)spec, (current, part) => current?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]);
        }

        return node;
    }

    [GeneratedRegex("comma[- ]separated", RegexOptions.IgnoreCase)]
    private static partial Regex CommaList();

    // Markdown emphasis, code ticks and HTML tags in the spec's descriptions, which a doc comment does not want.
    [GeneratedRegex(@"<[^>]+>|[*`]")]
    private static partial Regex Markup();
}

/// <summary>What a 200 answer holds, as far as paging cares.</summary>
internal enum ResponseShape
{
    None,
    Object,
    Array,
    Envelope,
    NextEnvelope,
}

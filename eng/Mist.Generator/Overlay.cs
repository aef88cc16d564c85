using System.Text.Json.Nodes;

namespace Mist.Generator;

/// <summary>
/// Applies spec/overlay/live-api.json to the spec's operations: removed and renamed operations first, then added ones
/// (one that takes the operationId of a removed one inherits its documentation and parameter schemas), then query
/// parameter changes. Every entry must apply: an overlay line that matches nothing is an error, not a silent no-op.
/// </summary>
internal static class Overlay
{
    public static List<Operation> Apply(JsonObject overlay, List<(Operation Operation, ResponseShape Shape)> spec, Dictionary<string, Parameter> knownQuery)
    {
        var operations = spec.ToDictionary(o => Key(o.Operation.Method, o.Operation.Path), o => o, StringComparer.Ordinal);
        var removed = new Dictionary<string, (Operation Operation, ResponseShape Shape)>(StringComparer.Ordinal);
        foreach (var entry in overlay["removed"]!.AsArray().Select(e => e!.AsObject()))
        {
            var key = Key((string)entry["method"]!, (string)entry["path"]!);
            if (!operations.Remove(key, out var gone))
            {
                throw new InvalidOperationException($"overlay removes {key}, which the spec does not have");
            }

            removed[gone.Operation.OperationId] = gone;
        }

        foreach (var entry in overlay["added"]!.AsArray().Select(e => e!.AsObject()))
        {
            var method = (string)entry["method"]!;
            var path = (string)entry["path"]!;
            var id = (string)entry["operationId"]!;
            if (!operations.TryAdd(Key(method, path), Added(method, path, id, Names(entry["query"]), removed.GetValueOrDefault(id), knownQuery)))
            {
                throw new InvalidOperationException($"overlay adds {Key(method, path)}, which the spec already has");
            }
        }

        foreach (var entry in overlay["query_changes"]!.AsArray().Select(e => e!.AsObject()))
        {
            var key = Key((string)entry["method"]!, (string)entry["path"]!);
            if (!operations.TryGetValue(key, out var found))
            {
                throw new InvalidOperationException($"overlay changes the query of {key}, which neither the spec nor the overlay has");
            }

            operations[key] = (Changed(found.Operation, Names(entry["add"]), Names(entry["remove"]), knownQuery, key), found.Shape);
        }

        var result = operations.Values.Select(o => o.Operation with { Paging = Paging.Of(o.Operation, o.Shape) }).ToList();
        var duplicate = result.GroupBy(o => o.OperationId, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? [.. result.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)]
            : throw new InvalidOperationException($"operationId {duplicate.Key} names {duplicate.Count()} operations");
    }

    private static (Operation, ResponseShape) Added(
        string method, string path, string id, List<string> query, (Operation Operation, ResponseShape Shape) previous, Dictionary<string, Parameter> knownQuery)
    {
        var old = previous.Operation;
        var pathParameters = Placeholders(path)
            .Select(name => old?.PathParameters.FirstOrDefault(p => p.Name == name) ?? new Parameter(name, name.EndsWith("_id", StringComparison.Ordinal) && name != "client_mac" ? "Uuid" : "Text", false, [], true))
            .ToList();
        var queryParameters = query
            .Select(name => old?.QueryParameters.FirstOrDefault(p => p.Name == name) ?? knownQuery.GetValueOrDefault(name) ?? new Parameter(name, "Text", false, [], false))
            .ToList();
        var tag = old?.Tag ?? Tag(path);
        var shape = old is null ? ResponseShape.None : previous.Shape;
        return (new Operation(id, method, path, tag, old?.Summary, pathParameters, queryParameters, string.Empty, old is null ? "Added" : "Changed"), shape);
    }

    private static Operation Changed(Operation operation, List<string> add, List<string> remove, Dictionary<string, Parameter> knownQuery, string key)
    {
        var missing = remove.Where(name => operation.QueryParameters.All(p => p.Name != name)).ToList();
        var present = add.Where(name => operation.QueryParameters.Any(p => p.Name == name)).ToList();
        if (missing.Count > 0 || present.Count > 0)
        {
            throw new InvalidOperationException($"overlay query change of {key} does not fit: removes absent [{string.Join(", ", missing)}], adds present [{string.Join(", ", present)}]");
        }

        var kept = operation.QueryParameters.Where(p => !remove.Contains(p.Name)).ToList();
        kept.AddRange(add.Select(name => knownQuery.GetValueOrDefault(name) ?? new Parameter(name, "Text", false, [], false)));
        return operation with { QueryParameters = kept, Origin = operation.Origin == "Spec" ? "Changed" : operation.Origin };
    }

    // Operations the overlay adds without a relative in the spec are tagged like their neighbours would be.
    private static string Tag(string path)
    {
        var parts = path["/api/v1/".Length..].Split('/');
        var scope = parts[0] switch { "orgs" => "Orgs", "sites" => "Sites", "msps" => "MSPs", var other => other };
        var noun = parts.Skip(2).FirstOrDefault(p => !p.StartsWith('{')) ?? string.Empty;
        return $"{scope} {string.Concat(noun.Split('_', '-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]))}".Trim();
    }

    private static IEnumerable<string> Placeholders(string path) =>
        path.Split('{').Skip(1).Select(part => part[..part.IndexOf('}', StringComparison.Ordinal)]);

    private static List<string> Names(JsonNode? node) => node?.AsArray().Select(n => (string)n!).ToList() ?? [];

    private static string Key(string method, string path) => $"{method} {path}";
}

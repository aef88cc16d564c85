using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Api;

/// <summary><c>mist api --list [FILTER]</c>: the operations of the live API whose id, path or tag contain FILTER (or match it as a glob).</summary>
internal static class ApiOperationList
{
    public static readonly ResourceView View = new("operation", new HashSet<string>(StringComparer.Ordinal) { "operationId", "method", "path", "tag", "paging", "query", "summary", "origin" }, ["operationId", "method", "path"]);

    public static JsonArray Rows(string? filter)
    {
        var rows = new JsonArray();
        foreach (var operation in MistOperations.All.Where(o => Matches(o, filter)))
        {
            rows.Add((JsonNode)new JsonObject
            {
                ["operationId"] = operation.OperationId,
                ["method"] = operation.Method.Method,
                ["path"] = operation.PathTemplate,
                ["tag"] = operation.Tag,
                ["paging"] = operation.Paging.ToString(),
                ["query"] = string.Join(",", operation.QueryParameters.Select(p => p.Name)),
                ["summary"] = operation.Summary,
                ["origin"] = operation.Origin.ToString(),
            });
        }

        return rows;
    }

    private static bool Matches(MistOperation operation, string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return true;
        }

        string[] texts = [operation.OperationId, operation.PathTemplate, operation.Tag];
        return filter.Contains('*', StringComparison.Ordinal) || filter.Contains('?', StringComparison.Ordinal)
            ? texts.Any(Shared.Glob.Matcher(filter))
            : texts.Any(t => t.Contains(filter, StringComparison.OrdinalIgnoreCase));
    }
}

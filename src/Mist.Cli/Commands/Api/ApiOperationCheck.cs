using Mist.Cli.Errors;
using Quickenshtein;

namespace Mist.Cli.Commands.Api;

/// <summary>
/// Checks a raw request against the operation table before anything is sent: the method and path must be an
/// operation of the live API, each path value and query parameter must fit its type, and a path or query name that
/// is not the API's gets the nearest operations or parameter names (exit 2). <c>--skip-check</c> sends it anyway.
/// </summary>
internal static class ApiOperationCheck
{
    /// <summary>The operation that serves the request; throws a usage error naming the nearest ones when none does.</summary>
    /// <param name="request">The request, with stand-in ids for the placeholders the session fills.</param>
    /// <param name="shown">The path as the user wrote it (with its placeholders), for messages.</param>
    public static MistOperation Require(MistRequest request, string shown)
    {
        var served = MistOperations.MatchPath(request.Path);
        var operation = served.FirstOrDefault(o => o.Method == request.Method);
        if (operation is null)
        {
            if (served.Count > 0)
            {
                throw CliException.Usage(
                    $"{request.Method} is not an operation of {served[0].PathTemplate}; it takes {string.Join(", ", served.Select(o => $"{o.Method} ({o.OperationId})"))}.",
                    "Choose the method with -X, or add --skip-check to send it anyway.");
            }

            throw CliException.Usage(
                $"{request.Method} {shown} is not an operation of the Mist API.",
                $"Nearest: {string.Join("; ", Nearest(request.Method, request.Path).Select(o => $"{o.Method} {o.PathTemplate} ({o.OperationId})"))}. `mist api --list FILTER` lists operations; --skip-check sends it anyway.");
        }

        operation.TryMatch(request.Path, out var values);
        foreach (var parameter in operation.PathParameters)
        {
            if (parameter.Check(values![parameter.Name]) is { } problem)
            {
                throw CliException.Usage($"{operation.OperationId}: {problem}", "Add --skip-check to send it anyway.");
            }
        }

        return operation;
    }

    /// <summary>Refuses query parameters the operation does not take, or values that do not fit them.</summary>
    public static void CheckQuery(MistOperation operation, IEnumerable<KeyValuePair<string, string>> query)
    {
        foreach (var (name, value) in query)
        {
            var parameter = operation.FindQueryParameter(name);
            if (parameter is null)
            {
                var known = operation.QueryParameters.Select(p => p.Name).ToList();
                throw CliException.Usage(
                    $"{operation.OperationId} takes no query parameter '{name}'.",
                    known.Count == 0
                        ? "It takes none. Add --skip-check to send it anyway."
                        : $"It takes: {string.Join(", ", known.OrderBy(k => Levenshtein.GetDistance(k, name)).ThenBy(k => k, StringComparer.Ordinal))}. Add --skip-check to send it anyway.");
            }

            if (parameter.Check(value) is { } problem)
            {
                throw CliException.Usage($"{operation.OperationId}: {problem}", "Add --skip-check to send it anyway.");
            }
        }
    }

    /// <summary>The three operations whose templates read closest to the path (ids and names count as placeholders).</summary>
    private static IEnumerable<MistOperation> Nearest(HttpMethod method, string path)
    {
        var given = Shape(path.Split('/'));
        return MistOperations.All
            .Select(o => (Operation: o, Distance: Levenshtein.GetDistance(given, Shape(o.PathTemplate.Split('/'))) + (o.Method == method ? 0 : 2)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Operation.PathTemplate, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Operation);
    }

    // A path's literal segments, with every value (an id, a MAC, a placeholder) as one mark, to compare shapes.
    private static string Shape(string[] segments) =>
        string.Join('/', segments.Select(s => s.StartsWith('{') || Guid.TryParse(s, out _) || s.Length == 12 && s.All(char.IsAsciiHexDigit) ? "*" : s));
}

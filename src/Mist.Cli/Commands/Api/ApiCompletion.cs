using System.CommandLine.Completions;

namespace Mist.Cli.Commands.Api;

/// <summary>
/// What the shell offers for <c>mist api</c>'s first argument: the operationIds (<c>listOrgWlans</c>) and, once the
/// word has a <c>/</c>, the operations' paths as <c>mist api</c> takes them (relative to <c>/api/v1/</c>, with
/// <c>{org_id}</c> and <c>{site_id}</c> left for the current org and <c>--site</c>).
/// </summary>
internal static class ApiCompletion
{
    private const string Prefix = "/api/v1/";

    public static IEnumerable<CompletionItem> Items(CompletionContext context)
    {
        var word = context.WordToComplete;
        if (word.Contains('/', StringComparison.Ordinal))
        {
            // A word that starts with "/" is completed to the full path ("/api/v1/..."), which mist api also takes.
            var full = word.StartsWith('/');
            return MistOperations.All
                .GroupBy(o => full || !o.PathTemplate.StartsWith(Prefix, StringComparison.Ordinal) ? o.PathTemplate : o.PathTemplate[Prefix.Length..], StringComparer.Ordinal)
                .Select(g => new CompletionItem(g.Key, detail: string.Join(", ", g.Select(o => $"{o.Method} {o.OperationId}"))));
        }

        return MistOperations.All.Select(o => new CompletionItem(o.OperationId, detail: $"{o.Method} {o.PathTemplate}"));
    }
}

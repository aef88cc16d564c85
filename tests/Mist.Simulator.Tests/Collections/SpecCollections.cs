using System.Text.RegularExpressions;
using Mist.Simulator.Tests.Conformance;

namespace Mist.Simulator.Tests.Collections;

/// <summary>
/// The configuration-object collections, read from the spec file itself (not from the simulator's generated table): a
/// path <c>/api/v1/{orgs|sites|msps}/{x_id}/SEG</c> with GET and POST whose <c>SEG/{item_id}</c> has GET, PUT and DELETE.
/// </summary>
internal static partial class SpecCollections
{
    public static IReadOnlyList<(string Path, string ItemPath)> All { get; } = Find();

    private static List<(string, string)> Find()
    {
        var paths = MistSpec.Paths;
        var result = new List<(string, string)>();
        foreach (var (path, item) in paths)
        {
            if (!CollectionPath().IsMatch(path) || item?["get"] is null || item["post"] is null)
            {
                continue;
            }

            var member = paths.FirstOrDefault(p => p.Key.StartsWith(path + "/{", StringComparison.Ordinal) && p.Key.EndsWith('}')
                && p.Key.Count(c => c == '/') == path.Count(c => c == '/') + 1
                && p.Value?["get"] is not null && p.Value["put"] is not null && p.Value["delete"] is not null);
            if (member.Key is not null)
            {
                result.Add((path, member.Key));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^/api/v1/(orgs|sites|msps)/\{\w+\}/[^/{}]+$")]
    private static partial Regex CollectionPath();
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mist.Generator;

/// <summary>
/// One configuration-object collection: a path <c>/api/v1/{orgs|sites|msps}/{x_id}/SEGMENT</c> with GET (list) and
/// POST (create) on it and GET, PUT and DELETE on its items.
/// </summary>
internal sealed record ConfigCollection(
    string Scope,
    string Segment,
    string Tag,
    string Property,
    string Schema,
    Operation List,
    Operation Create,
    Operation Get,
    Operation Update,
    Operation Delete)
{
    /// <summary>The client class the collection hangs off: <c>OrgsClient</c>, <c>SitesClient</c> or <c>MspsClient</c>.</summary>
    public string ClientClass => Scope switch
    {
        "orgs" => "OrgsClient",
        "sites" => "SitesClient",
        _ => "MspsClient",
    };

    /// <summary>The field that names the owning scope in an object (server-assigned from the path).</summary>
    public string ScopeField => Scope switch
    {
        "orgs" => "org_id",
        "sites" => "site_id",
        _ => "msp_id",
    };
}

/// <summary>Finds the configuration-object collections in the spec, checked against the live operation table.</summary>
internal static partial class ConfigCollections
{
    public static List<ConfigCollection> Find(JsonObject spec, IReadOnlyList<Operation> operations)
    {
        var byKey = operations.ToDictionary(o => (o.Method, o.Path));
        var paths = spec["paths"]!.AsObject();
        var result = new List<ConfigCollection>();
        foreach (var (path, node) in paths)
        {
            var match = CollectionPath().Match(path);
            if (!match.Success || node is not JsonObject list || list["get"] is null || list["post"] is null)
            {
                continue;
            }

            foreach (var (itemPath, itemNode) in paths)
            {
                if (!itemPath.StartsWith(path + "/{", StringComparison.Ordinal) || !ItemPath().IsMatch(itemPath[path.Length..])
                    || itemNode is not JsonObject item || item["get"] is null || item["put"] is null || item["delete"] is null)
                {
                    continue;
                }

                Operation Live(string method, string p) => byKey.TryGetValue((method, p), out var op)
                    ? op
                    : throw new InvalidOperationException($"{method} {p} is a collection operation of the spec but not of the live table");
                var schema = RequestSchema(list["post"]!.AsObject())
                    ?? throw new InvalidOperationException($"POST {path} has no request schema to model");
                var tag = (string?)list["get"]!["tags"]?[0] ?? match.Groups["segment"].Value;
                result.Add(new ConfigCollection(
                    match.Groups["scope"].Value,
                    match.Groups["segment"].Value,
                    tag,
                    PropertyName(tag),
                    schema,
                    Live("GET", path),
                    Live("POST", path),
                    Live("GET", itemPath),
                    Live("PUT", itemPath),
                    Live("DELETE", itemPath)));
            }
        }

        return [.. result.OrderBy(c => c.Scope, StringComparer.Ordinal).ThenBy(c => c.Segment, StringComparer.Ordinal)];
    }

    private static string? RequestSchema(JsonObject post) =>
        ((string?)post["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"])?.Split('/')[^1];

    /// <summary>"Orgs RF Templates" → "RfTemplates", "Sites vBeacons" → "VBeacons", "MSPs Org Groups" → "OrgGroups".</summary>
    internal static string PropertyName(string tag)
    {
        var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1);
        var name = string.Concat(words.Select(Word));
        // Where the spec's tag is singular or runs two words together.
        return name switch
        {
            "Sso" => "Ssos",
            "Sitegroups" => "SiteGroups",
            "Rfdiags" => "RfDiags",
            _ => name,
        };
    }

    // An acronym ("RF", "VPNs") reads as a word: "Rf", "Vpns".
    private static string Word(string word)
    {
        var stem = word.EndsWith('s') ? word[..^1] : word;
        return stem.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()
            : char.ToUpperInvariant(word[0]) + word[1..];
    }

    [GeneratedRegex(@"^/api/v1/(?<scope>orgs|sites|msps)/\{\w+\}/(?<segment>[a-z_]+)$")]
    private static partial Regex CollectionPath();

    [GeneratedRegex(@"^/\{\w+\}$")]
    private static partial Regex ItemPath();
}

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

/// <summary>The SDK's view of the collections <see cref="Collections.Find"/> found: their operations, tag and property name.</summary>
internal static partial class ConfigCollections
{
    public static List<ConfigCollection> From(IReadOnlyList<Collection> collections, IReadOnlyList<Operation> operations)
    {
        var byId = operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
        return
        [
            .. collections.Select(c => new ConfigCollection(
                c.Scope,
                c.Segment,
                byId[c.ListName].Tag,
                PropertyName(byId[c.ListName].Tag),
                c.CreateSchema,
                byId[c.ListName],
                byId[c.CreateName],
                byId[c.GetName],
                byId[c.UpdateName],
                byId[c.DeleteName])),
        ];
    }

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
}

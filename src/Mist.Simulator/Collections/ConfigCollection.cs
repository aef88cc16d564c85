namespace Mist.Simulator.Collections;

/// <summary>
/// A configuration-object collection as the spec states it: list and create on <see cref="ListRoute"/>; get, merge-update
/// and delete on <see cref="ItemRoute"/>. <see cref="Scope"/> is <c>orgs</c>, <c>sites</c> or <c>msps</c>.
/// </summary>
internal sealed record ConfigCollection(
    string Scope,
    string Segment,
    string ItemParameter,
    bool Paged,
    string ListName,
    string CreateName,
    string GetName,
    string UpdateName,
    string DeleteName,
    string CreateSchema,
    string UpdateSchema)
{
    /// <summary>The owner's id: the route parameter and the field every object of the collection carries.</summary>
    public string OwnerField => Scope switch
    {
        "orgs" => "org_id",
        "sites" => "site_id",
        _ => "msp_id",
    };

    public string ListRoute => $"/{Scope}/{{{OwnerField}}}/{Segment}";

    public string ItemRoute => $"{ListRoute}/{{{ItemParameter}}}";

    /// <summary>Fields the server assigns: a body's values for them are ignored, as the API does.</summary>
    public IReadOnlySet<string> ServerOwned => Scope == "msps" ? s_mspOwned : s_owned;

    private static readonly HashSet<string> s_owned = ["id", "org_id", "site_id", "created_time", "modified_time"];
    private static readonly HashSet<string> s_mspOwned = ["id", "msp_id", "created_time", "modified_time"];
}

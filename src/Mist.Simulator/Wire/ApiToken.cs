namespace Mist.Simulator.Wire;

/// <summary>A stored API token and the identity <c>GET /self</c> shows for it (user token: admin fields; org token: name).</summary>
internal sealed record ApiToken
{
    public required string Key { get; init; }
    public required bool IsOrgToken { get; init; }
    public string? AdminId { get; init; }
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Name { get; init; }
    public required IReadOnlyList<AdminPrivilege> Privileges { get; init; }
}

namespace Mist.Simulator.Wire;

/// <summary><c>admin_privilege</c>: one scope (msp, org or site) and the role on it.</summary>
internal sealed record AdminPrivilege
{
    public required string Scope { get; init; }
    public required string Role { get; init; }
    public string? OrgId { get; init; }
    public string? SiteId { get; init; }
    public string? MspId { get; init; }
    public string? Name { get; init; }
    public string? OrgName { get; init; }
    public string? MspName { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool CanWrite => Role is "admin" or "write";
}

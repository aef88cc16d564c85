namespace Mist.Simulator.Wire;

/// <summary>The <c>admin</c> object of <c>GET /self</c>. Org tokens carry only a name and privileges.</summary>
internal sealed record SelfResponse
{
    public string? AdminId { get; init; }
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Name { get; init; }
    public required IReadOnlyList<AdminPrivilege> Privileges { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public bool? EnableTwoFactor { get; init; }
    public bool? TwoFactorVerified { get; init; }
    public bool? ViaSso { get; init; }
    public int? SessionExpiry { get; init; }

    public static SelfResponse From(ApiToken token) => token.IsOrgToken
        ? new SelfResponse { Name = token.Name, Privileges = token.Privileges }
        : new SelfResponse
        {
            AdminId = token.AdminId,
            Email = token.Email,
            FirstName = token.FirstName,
            LastName = token.LastName,
            Privileges = token.Privileges,
            Tags = [],
            EnableTwoFactor = false,
            TwoFactorVerified = false,
            ViaSso = false,
            SessionExpiry = 1440,
        };
}

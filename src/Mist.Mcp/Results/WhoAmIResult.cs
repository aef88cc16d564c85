namespace Mist.Mcp;

/// <summary>What <c>whoami</c> returns: who the token is, where it points, what the server allows.</summary>
internal sealed record WhoAmIResult
{
    public string? Email { get; init; }

    public string? Name { get; init; }

    public required string Cloud { get; init; }

    public required bool Simulator { get; init; }

    public required bool WritesEnabled { get; init; }

    public required IReadOnlyList<OrgSummary> Orgs { get; init; }

    public string? Note { get; init; }
}

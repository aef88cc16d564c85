namespace Mist.Mcp;

/// <summary>An org the token reaches, with the strongest role it holds there.</summary>
internal sealed record OrgSummary(Guid Id, string? Name, string? Role, string Scope);

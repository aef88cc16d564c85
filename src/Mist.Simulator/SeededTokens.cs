namespace Mist.Simulator;

/// <summary>API tokens the seed created, each with a different privilege (send as <c>Authorization: Token &lt;key&gt;</c>).</summary>
/// <param name="Admin">User token, admin of the primary org.</param>
/// <param name="Write">Org token with the write role on the primary org.</param>
/// <param name="ReadOnly">Org token with the read role on the primary org.</param>
/// <param name="OtherOrg">User token, admin of the neighbour org only (for 403 tests).</param>
/// <param name="Msp">User token, admin of the MSP that owns the seeded orgs.</param>
/// <param name="SiteScoped">User token, admin of the primary org's first site only.</param>
public sealed record SeededTokens(string Admin, string Write, string ReadOnly, string OtherOrg, string Msp, string SiteScoped);

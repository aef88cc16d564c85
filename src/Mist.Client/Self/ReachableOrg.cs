namespace Mist;

/// <summary>An org the token reaches, from its privileges or through an MSP it administers.</summary>
/// <param name="Id">The org's id.</param>
/// <param name="Name">The org's name, when the server gave one.</param>
/// <param name="Role">The strongest role the token holds in the org (<c>admin</c> over <c>write</c> over <c>read</c>...).</param>
/// <param name="Scope">How it is reached: <c>org</c>, <c>site</c> (only some of its sites) or <c>msp</c>.</param>
/// <param name="MspId">The MSP it was reached through, for the msp scope.</param>
public sealed record ReachableOrg(Guid Id, string? Name, string? Role, string Scope, Guid? MspId);

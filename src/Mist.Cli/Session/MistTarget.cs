namespace Mist.Cli.Session;

/// <summary>Where commands go: a Mist cloud with a credential, or the embedded simulator.</summary>
/// <param name="Cloud">The cloud (ignored for the simulator).</param>
/// <param name="Credential">The token or pool; <see langword="null"/> for the simulator.</param>
/// <param name="Org">The org from --org, MIST_ORG_ID or the profile, if any.</param>
/// <param name="UseSimulator">Whether commands run against the embedded simulator.</param>
/// <param name="Source">Where the credential came from, for `auth status` (never the token).</param>
internal sealed record MistTarget(MistCloud Cloud, MistCredential? Credential, string? Org, bool UseSimulator, string Source);

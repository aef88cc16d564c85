namespace Mist;

/// <summary>What happened to one claim code.</summary>
/// <param name="Code">The claim code as submitted.</param>
/// <param name="Status">Added, already in the org, or refused.</param>
/// <param name="Reason">Why it was refused, as the API said.</param>
/// <param name="Device">The device, when the server named it.</param>
public sealed record ClaimOutcome(string Code, ClaimStatus Status, string? Reason, ClaimedDevice? Device);

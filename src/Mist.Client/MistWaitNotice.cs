namespace Mist;

/// <summary>Says that the client is about to wait, why and for how long, so a caller can tell its user.</summary>
/// <param name="Delay">How long the client will wait.</param>
/// <param name="Reason">Why: the server's 429, or the client-side budget.</param>
/// <param name="Method">The HTTP method of the operation that waits.</param>
/// <param name="Path">The path of the operation that waits (no query string).</param>
public sealed record MistWaitNotice(TimeSpan Delay, MistWaitReason Reason, string Method, string Path);

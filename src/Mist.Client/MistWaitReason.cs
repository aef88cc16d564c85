namespace Mist;

/// <summary>Why the client waits before a call.</summary>
public enum MistWaitReason
{
    /// <summary>The server answered 429 and every token in the pool is throttled.</summary>
    ServerRateLimit,

    /// <summary>The client-side hourly budget of every token is spent.</summary>
    ClientBudget,

    /// <summary>A transient failure is being retried after a backoff delay.</summary>
    Backoff,
}

namespace Mist;

/// <summary>
/// The client-side budget: Mist allows each token a fixed number of calls per clock hour. The client counts its
/// own calls and waits (or stops) before the server would answer 429.
/// </summary>
public sealed class MistRateBudgetOptions
{
    /// <summary>Whether the client counts and limits its calls. Defaults to <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Calls allowed per token per clock hour. Defaults to 5,000, Mist's limit.</summary>
    public int CallsPerHour { get; set; } = 5000;

    /// <summary>
    /// The longest the client waits for budget (every token exhausted) before failing with a
    /// <see cref="MistRateLimitException"/>. Defaults to zero: fail at once and say when budget returns.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.Zero;

    /// <summary>Called before the client waits for budget or for a server <c>Retry-After</c>, with the length of the wait.</summary>
    public Action<MistWaitNotice>? OnWait { get; set; }
}

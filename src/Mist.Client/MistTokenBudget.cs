namespace Mist;

/// <summary>What the client knows of one token's hourly budget. Never carries the token itself.</summary>
/// <param name="Index">The token's 0-based position in the pool.</param>
/// <param name="Limit">Calls allowed per clock hour, or <see langword="null"/> when the client-side budget is off.</param>
/// <param name="Used">Calls this client made with the token in the current hour.</param>
/// <param name="ResetsAt">When the hour turns and the budget returns.</param>
/// <param name="ThrottledUntil">Until when the server's 429 keeps the token out of use, if it does.</param>
public sealed record MistTokenBudget(int Index, int? Limit, int Used, DateTimeOffset? ResetsAt, DateTimeOffset? ThrottledUntil)
{
    /// <summary>Calls left this hour, or <see langword="null"/> when unlimited.</summary>
    public int? Remaining => Limit is { } limit ? Math.Max(0, limit - Used) : null;
}

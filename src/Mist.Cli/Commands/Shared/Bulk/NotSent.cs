namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// A <see cref="MistRateLimitException"/> means the request was not sent. In a bulk run a short one is routine: a
/// 429 answered to one item holds the token back for its Retry-After, and an item whose retry falls in that window
/// is refused by the SDK without a wait (see the report of this change). Such a request is simply sent again later.
/// </summary>
internal static class NotSent
{
    private static readonly TimeSpan s_longest = TimeSpan.FromMinutes(2);

    /// <summary>Whether <paramref name="e"/> is a refusal worth waiting out, and how long to wait.</summary>
    public static bool IsShortWait(Exception e, out TimeSpan wait)
    {
        wait = e is MistRateLimitException { RetryAfter: { } after } ? after : TimeSpan.Zero;
        return e is MistRateLimitException && wait <= s_longest;
    }

    /// <summary>The pause before sending again: the server's wait, or a short one.</summary>
    public static TimeSpan Pause(TimeSpan wait) => wait > TimeSpan.Zero ? wait + TimeSpan.FromMilliseconds(50) : TimeSpan.FromMilliseconds(250);
}

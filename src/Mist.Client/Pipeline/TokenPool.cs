using System.Threading.RateLimiting;

namespace Mist;

/// <summary>
/// The tokens of a credential with, for each, its client-side hourly budget and how long the server has
/// throttled it. Hands out the current token while it can be used and rotates on 429.
/// </summary>
internal sealed class TokenPool : IDisposable
{
    private readonly MistCredential _credential;
    private readonly ClockHourRateLimiter?[] _budgets;
    private readonly DateTimeOffset[] _throttledUntil;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private int _current;

    public TokenPool(MistCredential credential, MistRateBudgetOptions options, TimeProvider time)
    {
        _credential = credential;
        _time = time;
        _throttledUntil = new DateTimeOffset[credential.Count];
        _budgets = new ClockHourRateLimiter?[credential.Count];
        if (options.Enabled)
        {
            for (var i = 0; i < _budgets.Length; i++)
            {
                _budgets[i] = new ClockHourRateLimiter(options.CallsPerHour, time);
            }
        }
    }

    public string Token(int slot) => _credential[slot];

    /// <summary>Takes one call of budget from the first usable token, starting at the current one.</summary>
    /// <returns>The slot to use, or <see langword="null"/> with how long until a token is usable again.</returns>
    public (int? Slot, TimeSpan Wait) TryAcquire()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var wait = TimeSpan.MaxValue;
            for (var n = 0; n < _budgets.Length; n++)
            {
                var slot = (_current + n) % _budgets.Length;
                if (_throttledUntil[slot] > now)
                {
                    wait = Min(wait, _throttledUntil[slot] - now);
                    continue;
                }

                if (_budgets[slot] is { } budget)
                {
                    using var lease = budget.AttemptAcquire();
                    if (!lease.IsAcquired)
                    {
                        wait = Min(wait, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : budget.ResetsAt - now);
                        continue;
                    }
                }

                _current = slot;
                return (slot, TimeSpan.Zero);
            }

            return (null, wait);
        }
    }

    /// <summary>How long until some token can be used (not throttled, budget left): zero when one can now.</summary>
    public TimeSpan UntilUsable() => Availability().Wait;

    /// <summary>
    /// How long until some token can be used, and whether the server's 429 (rather than the client-side budget) is
    /// what keeps the soonest one out of use.
    /// </summary>
    public (TimeSpan Wait, bool ServerThrottled) Availability()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var best = (Wait: TimeSpan.MaxValue, ServerThrottled: false);
            for (var slot = 0; slot < _budgets.Length; slot++)
            {
                var throttled = _throttledUntil[slot] > now ? _throttledUntil[slot] - now : TimeSpan.Zero;
                var budget = _budgets[slot];
                var spent = budget is not null && budget.GetStatistics().CurrentAvailablePermits <= 0 ? budget.ResetsAt - now : TimeSpan.Zero;
                var wait = throttled > spent ? throttled : spent;
                if (wait < best.Wait)
                {
                    best = (wait, throttled > spent);
                }
            }

            return best;
        }
    }

    /// <summary>Records a 429 for <paramref name="slot"/> and moves on to the next token.</summary>
    public void ReportThrottled(int slot, TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            // Without a delay the token is spent until the clock hour turns (the pipeline passes a backoff when the server gave none).
            var until = retryAfter is { } delay ? now + delay : NextClockHour(now);
            _throttledUntil[slot] = until;
            if (slot == _current)
            {
                _current = (slot + 1) % _budgets.Length;
            }
        }
    }

    public IReadOnlyList<MistTokenBudget> Snapshot()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var result = new MistTokenBudget[_budgets.Length];
            for (var slot = 0; slot < _budgets.Length; slot++)
            {
                var budget = _budgets[slot];
                result[slot] = new MistTokenBudget(
                    slot,
                    budget?.Limit,
                    budget?.Used ?? 0,
                    budget?.ResetsAt,
                    _throttledUntil[slot] > now ? _throttledUntil[slot] : null);
            }

            return result;
        }
    }

    public void Dispose()
    {
        foreach (var budget in _budgets)
        {
            budget?.Dispose();
        }
    }

    private static DateTimeOffset NextClockHour(DateTimeOffset now) =>
        new((now.UtcTicks / TimeSpan.TicksPerHour + 1) * TimeSpan.TicksPerHour, TimeSpan.Zero);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

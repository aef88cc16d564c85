using System.Threading.RateLimiting;

namespace Mist;

/// <summary>
/// A <see cref="RateLimiter"/> whose window is the clock hour, as Mist counts calls ("in the current hour").
/// The framework's <see cref="FixedWindowRateLimiter"/> starts its window when it is created and reads the real
/// clock, so it can neither line up with Mist's hour nor run on a fake <see cref="TimeProvider"/>.
/// It never queues: a refused lease carries <see cref="MetadataName.RetryAfter"/> and the caller decides.
/// </summary>
internal sealed class ClockHourRateLimiter : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly Lock _lock = new();
    private long _hour;
    private int _used;
    private long _successful;
    private long _failed;

    public ClockHourRateLimiter(int callsPerHour, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(callsPerHour);
        _limit = callsPerHour;
        _time = time;
        _hour = CurrentHour();
    }

    public override TimeSpan? IdleDuration => null;

    public int Limit => _limit;

    public int Used
    {
        get
        {
            lock (_lock)
            {
                Roll();
                return _used;
            }
        }
    }

    /// <summary>The start of the next clock hour, when the budget returns.</summary>
    public DateTimeOffset ResetsAt => new DateTimeOffset((CurrentHour() + 1) * TimeSpan.TicksPerHour, TimeSpan.Zero);

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_lock)
        {
            Roll();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _limit - _used,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        lock (_lock)
        {
            Roll();
            if (_used + permitCount <= _limit)
            {
                _used += permitCount;
                _successful++;
                return Lease.Granted;
            }

            _failed++;
            return new Lease(ResetsAt - _time.GetUtcNow());
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private long CurrentHour() => _time.GetUtcNow().UtcTicks / TimeSpan.TicksPerHour;

    private void Roll()
    {
        var hour = CurrentHour();
        if (hour != _hour)
        {
            _hour = hour;
            _used = 0;
        }
    }

    private sealed class Lease(TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(null);

        public override bool IsAcquired => retryAfter is null;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } delay && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = delay;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}

namespace Mist.Simulator;

/// <summary>
/// Faults injected into <c>/api/v1</c> requests. Each request's faults are drawn from <see cref="Seed"/> and the
/// request's sequence number, so the same seed and the same request order give the same faults.
/// </summary>
public sealed record FaultOptions
{
    /// <summary>Share of requests (0..1) answered with a 500, 502, 503 or 504.</summary>
    public double FiveXxRate { get; init; }

    /// <summary>Share of requests (0..1) answered with 429 and <c>Retry-After</c>.</summary>
    public double RateLimitRate { get; init; }

    /// <summary>
    /// The <c>Retry-After</c> of an injected 429, in seconds (default 1). A 429 for a spent hourly budget always
    /// says the seconds left in the clock hour instead.
    /// </summary>
    public int RateLimitRetryAfterSeconds { get; init; } = 1;

    /// <summary>Latency added to every request, in milliseconds.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Extra random latency, uniform in 0..this, in milliseconds.</summary>
    public int LatencyJitterMs { get; init; }

    /// <summary>Share of requests (0..1) whose connection is aborted without a response.</summary>
    public double ConnectionResetRate { get; init; }

    /// <summary>Share of requests (0..1) whose response body is sent slowly, in small delayed chunks.</summary>
    public double SlowBodyRate { get; init; }

    /// <summary>Pause between the chunks of a slow body, in milliseconds.</summary>
    public int SlowBodyChunkDelayMs { get; init; } = 20;

    /// <summary>
    /// Share of devices (0..1) whose firmware upgrade fails at the end of its install stage; drawn per upgrade and
    /// device from <see cref="Seed"/>, so a re-run of the same upgrade fails a different, reproducible set.
    /// </summary>
    public double UpgradeFailureRate { get; init; }

    /// <summary>Seed of the fault draws.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>No faults.</summary>
    public static FaultOptions None { get; } = new();

    internal bool IsNone =>
        FiveXxRate == 0 && RateLimitRate == 0 && LatencyMs == 0 && LatencyJitterMs == 0 &&
        ConnectionResetRate == 0 && SlowBodyRate == 0;

    internal void Validate()
    {
        foreach (var (rate, name) in new[]
                 {
                     (FiveXxRate, nameof(FiveXxRate)), (RateLimitRate, nameof(RateLimitRate)),
                     (ConnectionResetRate, nameof(ConnectionResetRate)), (SlowBodyRate, nameof(SlowBodyRate)),
                     (UpgradeFailureRate, nameof(UpgradeFailureRate)),
                 })
        {
            if (!(rate is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(name, rate, "A fault rate is a share between 0 and 1.");
            }
        }

        if (FiveXxRate + RateLimitRate + ConnectionResetRate > 1)
        {
            throw new ArgumentException("The 5xx, 429 and reset rates together cannot exceed 1.", nameof(FiveXxRate));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(RateLimitRetryAfterSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(LatencyMs);
        ArgumentOutOfRangeException.ThrowIfNegative(LatencyJitterMs);
        ArgumentOutOfRangeException.ThrowIfNegative(SlowBodyChunkDelayMs);
    }
}

namespace Mist.Simulator.Faults;

/// <summary>
/// Draws each request's faults from the fault seed and the request's sequence number (SplitMix64), not from a shared
/// random stream: the n-th request after <see cref="Set"/> always gets the same faults, whatever the thread timing.
/// </summary>
internal sealed class FaultInjector
{
    private static readonly int[] s_serverErrors = [500, 502, 503, 504];

    private FaultOptions _options;
    private long _sequence;

    public FaultInjector(FaultOptions options) => _options = options;

    public FaultOptions Options => Volatile.Read(ref _options);

    /// <summary>Replaces the fault settings and restarts the sequence, so a seed replays from its first draw.</summary>
    public void Set(FaultOptions options)
    {
        options.Validate();
        Volatile.Write(ref _options, options);
        Interlocked.Exchange(ref _sequence, 0);
    }

    public FaultDecision Next()
    {
        var options = Options;
        if (options.IsNone)
        {
            return default;
        }

        var n = (ulong)Interlocked.Increment(ref _sequence);
        var state = ((ulong)(uint)options.Seed << 32) ^ (n * 0x9E3779B97F4A7C15UL);
        var delayMs = options.LatencyMs + (options.LatencyJitterMs > 0 ? (int)(Uniform(ref state) * (options.LatencyJitterMs + 1)) : 0);
        var roll = Uniform(ref state);
        var status = s_serverErrors[(int)(Uniform(ref state) * s_serverErrors.Length)];
        var slow = Uniform(ref state) < options.SlowBodyRate;

        var kind = roll < options.ConnectionResetRate ? FaultKind.ConnectionReset
            : roll < options.ConnectionResetRate + options.FiveXxRate ? FaultKind.ServerError
            : roll < options.ConnectionResetRate + options.FiveXxRate + options.RateLimitRate ? FaultKind.RateLimited
            : FaultKind.None;
        return new FaultDecision(TimeSpan.FromMilliseconds(delayMs), kind, kind == FaultKind.RateLimited ? 429 : status, slow);
    }

    private static double Uniform(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}

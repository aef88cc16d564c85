using System.Collections.Concurrent;

namespace Mist.Simulator.Auth;

/// <summary>
/// Calls per token in the current clock hour (Mist's window for its 5,000 calls per hour). Counts live in this
/// process: two processes sharing a state file each count their own calls.
/// </summary>
internal sealed class UsageTracker(TimeProvider time, int limit)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public int Limit => limit;

    /// <summary>Counts one call; false when it goes over the hourly limit.</summary>
    public bool TryHit(string token)
    {
        var hour = CurrentHour();
        var window = _windows.AddOrUpdate(token, static (_, h) => new Window(h, 1),
            static (_, w, h) => w.Hour == h ? w with { Count = w.Count + 1 } : new Window(h, 1), hour);
        return window.Count <= limit;
    }

    public int Requests(string token) =>
        _windows.TryGetValue(token, out var window) && window.Hour == CurrentHour() ? window.Count : 0;

    /// <summary>Seconds until the top of the clock hour, when every count starts again (the <c>Retry-After</c> value).</summary>
    public int SecondsToReset() => (int)(3600 - (time.GetUtcNow().ToUnixTimeSeconds() % 3600));

    public void Reset() => _windows.Clear();

    private long CurrentHour() => time.GetUtcNow().ToUnixTimeSeconds() / 3600;

    private sealed record Window(long Hour, int Count);
}

namespace Mist.Simulator.State;

/// <summary>
/// Values computed by reads (a page's ordered row ids, a search's total), each tagged with the data version of the
/// snapshot it was computed from. A read uses a value only when its own snapshot has that version, so a value is
/// never served after a write; the newest few keys are kept (each can hold 100,000 row ids).
/// </summary>
internal sealed class ReadCache
{
    private const int Capacity = 32;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Version, object Value, long Used)> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public T GetOrAdd<T>(string key, long version, Func<T> compute)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Version == version && entry.Value is T hit)
            {
                _entries[key] = entry with { Used = ++_clock };
                return hit;
            }
        }

        // Computed outside the lock: two reads of the same key may both compute it, and both results are right.
        var value = compute();
        lock (_gate)
        {
            // A read of an older snapshot never replaces what a newer one computed.
            if (!_entries.TryGetValue(key, out var entry) || entry.Version <= version)
            {
                _entries[key] = (version, value!, ++_clock);
                if (_entries.Count > Capacity)
                {
                    _entries.Remove(_entries.MinBy(e => e.Value.Used).Key);
                }
            }
        }

        return value;
    }
}

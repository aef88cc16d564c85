using System.Collections.Concurrent;

namespace Mist.Simulator;

/// <summary>
/// Requests received under <c>/api/v1</c>, per method and route template (the raw path when no route matched),
/// so a test can assert that a command sent no request, or no write.
/// </summary>
public sealed class RequestCounters
{
    private readonly ConcurrentDictionary<string, long> _byRoute = new(StringComparer.Ordinal);
    private long _total;
    private long _writes;
    private long _inFlight;

    /// <summary>All requests.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>
    /// Requests received and not yet answered. A test that moves a fake clock by hours does so only when this is
    /// zero, so that no request in flight sees its client's timeouts fire.
    /// </summary>
    public long InFlight => Interlocked.Read(ref _inFlight);

    /// <summary>Requests with a method other than GET or HEAD.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Requests for one method and route template, e.g. <c>("GET", "/api/v1/orgs/{org_id}/inventory")</c>.</summary>
    public long Get(string method, string route) =>
        _byRoute.TryGetValue(Key(method, route), out var count) ? count : 0;

    /// <summary>A copy of the counts keyed <c>"METHOD route"</c>.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(_byRoute, StringComparer.Ordinal);

    /// <summary>Sets every count back to zero.</summary>
    public void Reset()
    {
        _byRoute.Clear();
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _writes, 0);
    }

    internal void Record(string method, string route)
    {
        Interlocked.Increment(ref _total);
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            Interlocked.Increment(ref _writes);
        }

        _byRoute.AddOrUpdate(Key(method, route), 1, static (_, count) => count + 1);
    }

    internal void Started() => Interlocked.Increment(ref _inFlight);

    internal void Finished() => Interlocked.Decrement(ref _inFlight);

    private static string Key(string method, string route) => $"{method.ToUpperInvariant()} {route}";
}

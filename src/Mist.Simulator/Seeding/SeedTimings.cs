using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mist.Simulator.Seeding;

/// <summary>
/// How long each phase of the seed took (devices, indexes, activity, ...), in the order they ended: the benchmark
/// prints them, so a slow start-up can be traced to its phase without a profiler.
/// </summary>
internal sealed class SeedTimings
{
    private readonly ConcurrentQueue<(string Phase, TimeSpan Elapsed)> _phases = new();

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => [.. _phases];

    /// <summary>Times the phase until the returned value is disposed.</summary>
    public Lap Phase(string name) => new(this, name, Stopwatch.GetTimestamp());

    public readonly struct Lap(SeedTimings timings, string name, long started) : IDisposable
    {
        public void Dispose() => timings._phases.Enqueue((name, Stopwatch.GetElapsedTime(started)));
    }
}

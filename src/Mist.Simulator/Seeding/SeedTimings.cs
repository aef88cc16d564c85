using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mist.Simulator.Seeding;

/// <summary>
/// How long each phase of the seed took (devices, indexes, activity, ...), in the order they ended: the benchmark
/// prints them, so a slow start-up can be traced to its phase without a profiler.
/// </summary>
internal sealed class SeedTimings
{
    private readonly ConcurrentQueue<(string Phase, TimeSpan Elapsed, TimeSpan Cpu)> _phases = new();

    /// <summary>
    /// Each phase's wall time and the process's CPU time meanwhile: on a machine shared with other work the CPU
    /// time is the steadier figure of the two.
    /// </summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed, TimeSpan Cpu)> Phases => [.. _phases];

    /// <summary>Times the phase until the returned value is disposed.</summary>
    public Lap Phase(string name) => new(this, name, Stopwatch.GetTimestamp(), Cpu());

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public readonly struct Lap(SeedTimings timings, string name, long started, TimeSpan cpu) : IDisposable
    {
        public void Dispose() => timings._phases.Enqueue((name, Stopwatch.GetElapsedTime(started), Cpu() - cpu));
    }
}

namespace Mist.Http2.Bench;

/// <summary>One listing as measured: wall time, CPU on each side, and the front's counters for it.</summary>
internal sealed record RunResult(TimeSpan Wall, TimeSpan ClientCpu, TimeSpan ServerCpu, (long Connections, long Http1, long Http2) Front)
{
    public long Connections => Front.Connections;
}

/// <summary>The runs of one latency, concurrency and mode: index 0 is HTTP/1.1, index 1 HTTP/2.</summary>
internal sealed record ResultRow(int LatencyMs, int Concurrency, string Mode)
{
    public List<RunResult>[] Runs { get; } = [[], []];
}

namespace Mist.Bench;

/// <summary>
/// One measured command and its lower bounds: the fewest requests that can answer it, and the round trips that
/// cannot overlap (times the latency, the fastest it can be).
/// </summary>
/// <param name="Name">What is measured.</param>
/// <param name="Binary">"aot" or "jit".</param>
/// <param name="Args">The mist command line.</param>
/// <param name="ExpectedLines">Rows the command must print, when it prints rows.</param>
/// <param name="MinRequests">The fewest requests that can answer it.</param>
/// <param name="MinRoundTrips">Round trips that cannot overlap.</param>
/// <param name="Prepare">Run before each run (with its number), e.g. to write an input file.</param>
internal sealed record Scenario(
    string Name, string Binary, Func<int, string[]> Args, long? ExpectedLines, int MinRequests, int MinRoundTrips, Action<int>? Prepare = null)
{
    /// <summary>Instead of a child process, an SDK call in this process (its items counted as lines; no RSS of its own).</summary>
    public Func<Task<long>>? InProcess { get; init; }

    /// <summary>The minimum for one run, when it changes from run to run (the import grows the org it lists).</summary>
    public Func<int, int>? MinRequestsOfRun { get; init; }

    public int MinimumFor(int run) => MinRequestsOfRun?.Invoke(run) ?? MinRequests;
}

namespace Mist.Bench;

/// <summary>The runs of one scenario, summarised by their medians.</summary>
internal sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<(ChildRun Run, long Requests, int Minimum)> Runs, int LatencyMs)
{
    public double MedianMs => Median(Runs.Select(r => r.Run.Wall.TotalMilliseconds));

    public long MedianRequests => (long)Median(Runs.Select(r => (double)r.Requests));

    public bool RequestsAlwaysMinimal => Runs.All(r => r.Requests == r.Minimum);

    public string Minimums => Runs.Min(r => r.Minimum) == Runs.Max(r => r.Minimum) ? $"{Runs[0].Minimum}" : $"{Runs.Min(r => r.Minimum)}–{Runs.Max(r => r.Minimum)}";

    public double MedianRssMb => Median(Runs.Select(r => r.Run.PeakRssKb / 1024.0));

    public double LowerBoundMs => Scenario.MinRoundTrips * (double)LatencyMs;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

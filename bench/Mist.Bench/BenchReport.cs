using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Mist.Simulator;

namespace Mist.Bench;

/// <summary>The results as a Markdown table, each figure next to its lower bound.</summary>
internal static class BenchReport
{
    public static string Markdown(IReadOnlyList<ScenarioResult> results, BenchOptions options, MistSimulator simulator)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Org: {simulator.Seed.TotalSites:N0} sites, {simulator.Seed.TotalDevices:N0} devices; latency {options.LatencyMs} ms + 0..{options.JitterMs} ms; ");
        text.Append(CultureInfo.InvariantCulture, $"median of {options.Runs} runs after {options.Warmups} warm-up(s); {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.\n\n");
        text.Append("| Scenario | Build | Median time | Lower bound (round trips × latency) | Time / bound | Requests | Minimum requests | Peak RSS |\n");
        text.Append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in results)
        {
            var bound = r.Scenario.MinRoundTrips == 0 ? "0 (no request)" : string.Create(CultureInfo.InvariantCulture, $"{r.LowerBoundMs:N0} ms ({r.Scenario.MinRoundTrips} × {options.LatencyMs} ms)");
            var ratio = r.LowerBoundMs > 0 ? string.Create(CultureInfo.InvariantCulture, $"{r.MedianMs / r.LowerBoundMs:F2}×") : "-";
            var requests = r.Runs.Min(x => x.Requests) == r.Runs.Max(x => x.Requests) ? $"{r.MedianRequests}" : $"{r.Runs.Min(x => x.Requests)}–{r.Runs.Max(x => x.Requests)}";
            requests += r.RequestsAlwaysMinimal ? " ✓" : " ✗";
            var rss = r.Scenario.InProcess is null ? string.Create(CultureInfo.InvariantCulture, $"{r.MedianRssMb:F0} MB") : "- (in process)";
            text.Append(CultureInfo.InvariantCulture, $"| {r.Scenario.Name} | {r.Scenario.Binary.ToUpperInvariant()} | {r.MedianMs:N0} ms | {bound} | {ratio} | {requests} | {r.Minimums} | {rss} |\n");
        }

        return text.ToString();
    }
}

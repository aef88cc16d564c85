using System.Globalization;
using System.Text;

namespace Mist.Http2.Bench;

/// <summary>The Markdown table of docs/network.md: one line per latency, pages in flight and cold or warm.</summary>
internal static class Report
{
    public static string Markdown(IReadOnlyList<ResultRow> rows, BenchOptions options)
    {
        var pages = (options.Sites + options.Limit - 1) / options.Limit;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{options.Sites:N0} sites, limit {options.Limit} ({pages} pages); medians of {options.Runs} runs per protocol, alternating; connection set-up held back {options.HandshakeRoundTrips} × the latency.\n\n");
        text.Append("| Latency | Pages in flight | Listing | Bound | HTTP/1.1 | HTTP/2 | HTTP/2 ÷ HTTP/1.1 | TCP connections 1.1 / 2 | Client CPU 1.1 / 2 | Server CPU 1.1 / 2 |\n");
        text.Append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in rows)
        {
            Check(row, pages);
            var (h1, h2) = (row.Runs[0], row.Runs[1]);
            var roundTrips = 1 + ((pages - 1 + row.Concurrency - 1) / row.Concurrency);
            var wall1 = Median(h1, r => r.Wall.TotalMilliseconds);
            var wall2 = Median(h2, r => r.Wall.TotalMilliseconds);
            text.Append(CultureInfo.InvariantCulture,
                $"| {row.LatencyMs} ms | {row.Concurrency} | {row.Mode} | {roundTrips * row.LatencyMs:N0} ms | {Spread(h1)} | {Spread(h2)} | {wall2 / wall1:F2} " +
                $"| {Median(h1, r => r.Connections):F0} / {Median(h2, r => r.Connections):F0} " +
                $"| {Median(h1, r => r.ClientCpu.TotalMilliseconds):N0} / {Median(h2, r => r.ClientCpu.TotalMilliseconds):N0} ms " +
                $"| {Median(h1, r => r.ServerCpu.TotalMilliseconds):N0} / {Median(h2, r => r.ServerCpu.TotalMilliseconds):N0} ms |\n");
        }

        return text.ToString();
    }

    // Every page of a listing went out in the version asked for, and no more requests than pages were made.
    private static void Check(ResultRow row, int pages)
    {
        if (row.Runs[0].Any(r => r.Front != (r.Connections, pages, 0)) || row.Runs[1].Any(r => r.Front.Http1 != 0 || r.Front.Http2 != pages))
        {
            throw new InvalidOperationException($"{row}: a listing did not use the protocol asked for, or made other requests than its {pages} pages.");
        }
    }

    private static string Spread(List<RunResult> runs) => string.Create(CultureInfo.InvariantCulture,
        $"**{Median(runs, r => r.Wall.TotalMilliseconds):N0} ms** ({runs.Min(r => r.Wall.TotalMilliseconds):N0}–{runs.Max(r => r.Wall.TotalMilliseconds):N0})");

    private static double Median(List<RunResult> runs, Func<RunResult, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

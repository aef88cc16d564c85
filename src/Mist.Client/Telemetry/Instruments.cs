using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;

namespace Mist;

/// <summary>The SDK's span source and one client's instruments (a <see cref="Meter"/> per client, disposed with it).</summary>
internal sealed partial class Instruments : IDisposable
{
    public static readonly ActivitySource Source = new(MistTelemetry.ActivitySourceName, UserAgent.SdkVersion);

    private readonly Meter _meter;
    private readonly Uri _server;

    public Instruments(Uri server, Func<IReadOnlyList<MistTokenBudget>> budget)
    {
        _server = server;
        _meter = new Meter(MistTelemetry.MeterName, UserAgent.SdkVersion);
        Duration = _meter.CreateHistogram<double>(
            "http.client.request.duration", "s", "Duration of HTTP client requests (one per attempt).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
        Retries = _meter.CreateCounter<long>("mist.client.retries", "{retry}", "Attempts repeated after a retryable failure.");
        Waits = _meter.CreateCounter<long>("mist.client.waits", "{wait}", "Waits for the rate budget, a server throttle or a backoff.");
        WaitDuration = _meter.CreateHistogram<double>("mist.client.wait.duration", "s", "How long the client waited before sending.");
        ActiveRequests = _meter.CreateUpDownCounter<long>(
            "mist.client.active_requests", "{request}", "Operations being sent or retried (past any wait for the rate budget) and not yet answered.");
        _meter.CreateObservableGauge(
            "mist.client.rate_budget.remaining",
            () => budget()
                .Select((b, i) => (b.Remaining, Index: i))
                .Where(b => b.Remaining is not null)
                .Select(b => new Measurement<long>(b.Remaining!.Value, new KeyValuePair<string, object?>("mist.token.index", b.Index), Server, Port)),
            "{call}",
            "Calls left in the current clock hour for each token of the pool.");
    }

    public Histogram<double> Duration { get; }

    public Counter<long> Retries { get; }

    public Counter<long> Waits { get; }

    public Histogram<double> WaitDuration { get; }

    public UpDownCounter<long> ActiveRequests { get; }

    public KeyValuePair<string, object?> Server => new("server.address", _server.Host);

    public KeyValuePair<string, object?> Port => new("server.port", _server.Port);

    /// <summary>The route template: the typed call's own, else the path with ids, MACs and numbers as placeholders.</summary>
    // A raw request is named by the template of the operation its path matches, so that ids never become metric labels.
    public static string Template(MistRequest request) => request.Template ?? request.ResolvedOperation?.PathTemplate ?? IdSegment().Replace(request.Path, "{id}");

    [GeneratedRegex("(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{12}|[0-9]+)(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IdSegment();

    public void Dispose() => _meter.Dispose();
}

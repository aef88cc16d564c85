namespace Mist.Cli.Tests.Support;

/// <summary>The SDK's <c>mist.client.active_requests</c> for one server port (other tests' clients run alongside).</summary>
internal sealed class ActiveRequests : IDisposable
{
    private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
    private long _count;

    public ActiveRequests(int port)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Mist.MistTelemetry.MeterName && instrument.Name == "mist.client.active_requests")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, delta, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "server.port" && tag.Value is int p && p == port)
                {
                    Interlocked.Add(ref _count, delta);
                }
            }
        });
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}

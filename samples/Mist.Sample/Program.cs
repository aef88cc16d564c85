using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mist;
using Mist.DependencyInjection;
using Mist.Sample;
using Mist.Simulator;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// The offline Mist cloud stands in for api.eu.mist.com; a real app leaves "Cloud" as configured and reads its token
// from a secret store.
await using var simulator = await MistSimulator.StartAsync();

var spans = new List<Activity>();
var metrics = new List<Metric>();
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Mist:Cloud"] = simulator.BaseAddress.ToString(),
    ["Mist:Token"] = simulator.Tokens.Admin,
});
builder.Services.AddOpenTelemetry()
    .WithTracing(t => t.AddSource(MistTelemetry.ActivitySourceName).AddInMemoryExporter(spans))
    .WithMetrics(m => m.AddMeter(MistTelemetry.MeterName).AddInMemoryExporter(metrics));
// Binds Mist:Cloud and the other options, reads the token from Mist:Token, and logs through the host's ILoggerFactory.
builder.Services.AddMistClient(builder.Configuration.GetSection("Mist"));

using var host = builder.Build();
await host.StartAsync();

var client = host.Services.GetRequiredService<MistClient>();
var sites = 0;
Site? firstSite = null;
foreach (var org in await client.Self.ListOrgsAsync())
{
    await foreach (var site in client.Sites.ListAsync(org.Id))
    {
        sites++;
        firstSite ??= site;
    }
}

// The README's configuration-object example: an org WLAN, a site WLAN and an RF template, created, updated, listed and deleted.
var configured = firstSite is null ? [] : await ConfigObjects.RunAsync(client, firstSite.OrgId!.Value, firstSite.Id);
foreach (var line in configured)
{
    Console.WriteLine($"sample: {line}");
}

host.Services.GetRequiredService<TracerProvider>().ForceFlush();
host.Services.GetRequiredService<MeterProvider>().ForceFlush();
await host.StopAsync();

var requests = metrics.Where(m => m.Name == "http.client.request.duration").Sum(m =>
{
    long count = 0;
    foreach (ref readonly var point in m.GetMetricPoints())
    {
        count += point.GetHistogramCount();
    }

    return count;
});
var pages = host.Services.GetRequiredService<IConfiguration>()["Mist:MaxConcurrentPages"];
Console.WriteLine($"sample: MaxConcurrentPages {pages} from appsettings.json; {sites} sites on {client.Cloud}; {spans.Count} spans ({string.Join(", ", spans.Select(s => s.DisplayName).Distinct())}); {requests} requests measured");
if (sites == 0 || spans.Count == 0 || requests == 0 || configured.Count < 6)
{
    Console.Error.WriteLine("sample: expected sites, spans, request metrics and the configuration-object example");
    return 1;
}

return 0;

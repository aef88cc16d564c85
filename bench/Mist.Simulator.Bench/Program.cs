using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Mist.Simulator;

// Macro benchmark of the simulator: seeding time for 1 org x 1,000 sites x 100,000 devices, then the throughput
// of 1,000-item paged inventory GETs from a few concurrent clients. Run in Release:
//   dotnet run -c Release --project bench/Mist.Simulator.Bench -- [seconds] [clients] [--state FILE]
var seconds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var s) ? s : 10;
var clients = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var c) ? c : 4;
var stateIndex = Array.IndexOf(args, "--state");
var statePath = stateIndex >= 0 ? args[stateIndex + 1] : null;

var seeding = Stopwatch.StartNew();
await using var simulator = await MistSimulator.StartAsync(new MistSimulatorOptions
{
    Seeding = SeedOptions.Large,
    StatePath = statePath,
    RateLimitPerHour = int.MaxValue,
});
seeding.Stop();
var seed = simulator.Seed;
Console.WriteLine($"state: {statePath ?? "in memory"}");
Console.WriteLine($"seeded {seed.TotalSites:N0} sites and {seed.TotalDevices:N0} devices in {seeding.Elapsed.TotalSeconds:F2} s (includes server start)");

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = simulator.BaseAddress };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", simulator.Tokens.Admin);
var pages = (seed.Orgs[0].DeviceCount + 999) / 1000;
var path = $"api/v1/orgs/{seed.PrimaryOrgId}/inventory?limit=1000&page=";

// Warm-up: JIT, connection set-up, SQLite page cache.
for (var page = 1; page <= pages; page++)
{
    using var response = await http.GetAsync(path + page);
    response.EnsureSuccessStatusCode();
}

var latencies = new List<double>[clients];
long bytes = 0;
var clock = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);
await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
{
    var own = latencies[client] = [];
    var page = client;
    while (clock.Elapsed < deadline)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await http.GetByteArrayAsync(path + (page++ % pages + 1));
        own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Interlocked.Add(ref bytes, body.Length);
    }
}));
clock.Stop();

var all = latencies.SelectMany(l => l).Order().ToArray();
Console.WriteLine($"GET /api/v1/orgs/{{org_id}}/inventory?limit=1000&page=N ({pages} pages), {clients} clients, {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"  {all.Length:N0} requests, {all.Length / clock.Elapsed.TotalSeconds:F0} requests/s, {all.Length * 1000 / clock.Elapsed.TotalSeconds:N0} items/s, {bytes / clock.Elapsed.TotalSeconds / 1e6:F1} MB/s");
Console.WriteLine($"  latency p50 {all[all.Length / 2]:F1} ms, p90 {all[all.Length * 9 / 10]:F1} ms, p99 {all[all.Length * 99 / 100]:F1} ms");

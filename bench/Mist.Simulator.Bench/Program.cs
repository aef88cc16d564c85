using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Mist.Simulator;
using Mist.Simulator.State;

// Macro benchmark of the simulator at 1 org x 1,000 sites x 100,000 devices: seeding time; the time of one
// request (a 1,000-row page seen by one client alone, so mostly server time) for inventory page 1, 51 and 101,
// org device search pages and inventory search pages; then the throughput of 1,000-item inventory pages from 1 and
// from N concurrent clients. Run in Release:
//   dotnet run -c Release --project bench/Mist.Simulator.Bench -- [seconds] [clients] [--state FILE] [--latency-ms MS] [--seed-only]
var seconds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var s) ? s : 10;
var clients = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var c) ? c : 4;
var stateIndex = Array.IndexOf(args, "--state");
var statePath = stateIndex >= 0 ? args[stateIndex + 1] : null;
var latencyIndex = Array.IndexOf(args, "--latency-ms");
var latencyMs = latencyIndex >= 0 ? int.Parse(args[latencyIndex + 1], CultureInfo.InvariantCulture) : 0;

var seeding = Stopwatch.StartNew();
await using var simulator = await MistSimulator.StartAsync(new MistSimulatorOptions
{
    Seeding = SeedOptions.Large,
    StatePath = statePath,
    RateLimitPerHour = int.MaxValue,
});
var served = seeding.Elapsed;
var seed = simulator.Seed;
Console.WriteLine($"state: {statePath ?? "in memory"}");
Console.WriteLine($"serving {seed.TotalSites:N0} sites and {seed.TotalDevices:N0} devices after {served.TotalSeconds:F2} s (includes server start)");
await simulator.Runtime.ActivitySeeded;
seeding.Stop();
Console.WriteLine($"activity history seeded (in the background) after {seeding.Elapsed.TotalSeconds:F2} s");
foreach (var (phase, elapsed, cpu) in simulator.Runtime.Timings.Phases)
{
    Console.WriteLine($"  {phase}: {elapsed.TotalSeconds:F2} s ({cpu.TotalSeconds:F2} s of CPU)");
}

if (args.Contains("--seed-only"))
{
    return;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(clients, 1) }) { BaseAddress = simulator.BaseAddress };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", simulator.Tokens.Admin);
var org = seed.PrimaryOrgId;
var path = $"api/v1/orgs/{org}/inventory?type=all&limit=1000&page=";
var pages = (int)((seed.Orgs[0].DeviceCount + 999) / 1000);

// Warm-up: JIT, connection set-up, SQLite page cache.
for (var page = 1; page <= pages; page++)
{
    using var response = await http.GetAsync(path + page);
    response.EnsureSuccessStatusCode();
}

Console.WriteLine("one request at a time (ms, median of 9 / max):");
foreach (var page in new[] { 1, 51, pages - 1 })
{
    await Time($"  GET inventory?type=all&limit=1000&page={page}", () => Get(path + page));
}

await Time("  GET devices/search?limit=1000 (page 1)", () => Get($"api/v1/orgs/{org}/devices/search?limit=1000"));
var deepSearch = await NextAfter($"api/v1/orgs/{org}/devices/search?limit=1000", 50);
await Time("  GET devices/search?limit=1000 (page 51, by next)", () => Get(deepSearch));
await Time("  GET inventory/search?limit=1000 (page 1)", () => Get($"api/v1/orgs/{org}/inventory/search?limit=1000"));
var deepInventory = await NextAfter($"api/v1/orgs/{org}/inventory/search?limit=1000", 50);
await Time("  GET inventory/search?limit=1000 (page 51, by next)", () => Get(deepInventory));

// The store calls alone (SQLite, reading the rows; no JSON, no HTTP): the page's server time in the state.
var store = new DeviceStore(simulator.Runtime.Database);
var everyDevice = new DeviceFilter { OrgId = org };
Console.WriteLine("store calls (ms, median of 9 / max):");
foreach (var page in new[] { 1, 51, pages - 1 })
{
    await Time($"  DeviceStore.Page(type=all, limit 1000, page {page})", () =>
    {
        store.Page(everyDevice, 1000, (page - 1) * 1000);
        return Task.CompletedTask;
    });
}

var assignedAps = new DeviceFilter { OrgId = org, Types = ["ap"], Assigned = true };
var bySeen = new SearchOrder("last_seen", "mac", Descending: false);
await Time("  DeviceStore.Search(devices/search default: APs on sites by last_seen, 1001 rows)", () =>
{
    store.Search(assignedAps, bySeen, null, 1001);
    return Task.CompletedTask;
});

simulator.SetFaults(new FaultOptions { LatencyMs = latencyMs });
foreach (var count in clients == 1 ? new[] { 1 } : [1, clients])
{
    await Throughput(count);
}

async Task Throughput(int count)
{
    var latencies = new List<double>[count];
    long bytes = 0;
    var clock = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(seconds);
    await Task.WhenAll(Enumerable.Range(0, count).Select(async client =>
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
    Console.WriteLine($"GET inventory?type=all&limit=1000&page=N ({pages} pages), {count} clients, latency {latencyMs} ms, {clock.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine($"  {all.Length:N0} requests, {all.Length / clock.Elapsed.TotalSeconds:F1} requests/s, {all.Length * 1000 / clock.Elapsed.TotalSeconds:N0} items/s, {bytes / clock.Elapsed.TotalSeconds / 1e6:F1} MB/s");
    Console.WriteLine($"  latency p50 {all[all.Length / 2]:F1} ms, p90 {all[all.Length * 9 / 10]:F1} ms, p99 {all[all.Length * 99 / 100]:F1} ms");
}

async Task Get(string url)
{
    using var response = await http.GetAsync(url);
    response.EnsureSuccessStatusCode();
    await response.Content.ReadAsByteArrayAsync();
}

async Task Time(string label, Func<Task> request)
{
    var times = new double[9];
    for (var i = 0; i < times.Length; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await request();
        times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    Array.Sort(times);
    Console.WriteLine($"{label}: {times[times.Length / 2]:F1} / {times[^1]:F1}");
}

// Follows `next` links from a search's first page; returns the URL of page hops + 1.
async Task<string> NextAfter(string first, int hops)
{
    var url = first;
    for (var i = 0; i < hops; i++)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(url));
        url = document.RootElement.GetProperty("next").GetString()!.TrimStart('/');
    }

    return url;
}

using System.Diagnostics;
using System.Net;

namespace Mist.Http2.Bench;

/// <summary>
/// Lists every site of the org with the real SDK (numbered pages, <c>MaxConcurrentPages</c> in flight) over
/// HTTP/1.1 and over HTTP/2, cold (a new client per listing, so its TLS handshakes count) and warm (one client,
/// its connections open), and reports medians. The two protocols alternate run by run, so that whatever else the
/// shared machine is doing weighs on both alike.
/// </summary>
internal static class Http2Bench
{
    private static readonly Version[] s_versions = [HttpVersion.Version11, HttpVersion.Version20];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        using var server = await ServerProcess.StartAsync(options.Sites).ConfigureAwait(false);
        Console.Error.WriteLine($"front {server.BaseAddress}, {options.Sites} sites, limit {options.Limit}, connection set-up {options.HandshakeRoundTrips} × latency");

        // JIT (towards its optimized tier) and the simulator's caches, for both protocols and both widths, before
        // anything is counted.
        await server.CommandAsync("latency 0").ConfigureAwait(false);
        await server.CommandAsync("handshake 0").ConfigureAwait(false);
        for (var warmup = 0; warmup < 10; warmup++)
        {
            foreach (var version in s_versions)
            {
                using var transport = ClientTransport.Create(version, server.Pin);
                using var client = Client(server, transport, warmup % 2 == 0 ? 4 : 16);
                await ListAsync(client, server, options).ConfigureAwait(false);
            }
        }

        var rows = new List<ResultRow>();
        foreach (var latency in options.LatenciesMs)
        {
            await server.CommandAsync($"latency {latency}").ConfigureAwait(false);
            await server.CommandAsync($"handshake {options.HandshakeRoundTrips * latency}").ConfigureAwait(false);
            foreach (var concurrency in options.Concurrency)
            {
                rows.Add(await ColdAsync(server, options, latency, concurrency).ConfigureAwait(false));
                rows.Add(await WarmAsync(server, options, latency, concurrency).ConfigureAwait(false));
            }
        }

        var report = Report.Markdown(rows, options);
        Console.WriteLine(report);
        if (options.OutPath is { } path)
        {
            await File.WriteAllTextAsync(path, report).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<ResultRow> ColdAsync(ServerProcess server, BenchOptions options, int latency, int concurrency)
    {
        var row = new ResultRow(latency, concurrency, "cold");
        for (var run = 0; run < options.Runs; run++)
        {
            for (var v = 0; v < s_versions.Length; v++)
            {
                row.Runs[v].Add(await MeasureAsync(server, options, () =>
                {
                    // The client and its connection pool are made inside the measured time: a cold listing pays them.
                    var transport = ClientTransport.Create(s_versions[v], server.Pin);
                    return (Client(server, transport, concurrency), transport);
                }).ConfigureAwait(false));
            }
        }

        Progress(row);
        return row;
    }

    private static async Task<ResultRow> WarmAsync(ServerProcess server, BenchOptions options, int latency, int concurrency)
    {
        var row = new ResultRow(latency, concurrency, "warm");
        var transports = s_versions.Select(v => ClientTransport.Create(v, server.Pin)).ToArray();
        var clients = transports.Select(t => Client(server, t, concurrency)).ToArray();
        try
        {
            // One uncounted listing per client opens the connections the counted ones reuse.
            foreach (var client in clients)
            {
                await ListAsync(client, server, options).ConfigureAwait(false);
            }

            for (var run = 0; run < options.Runs; run++)
            {
                for (var v = 0; v < clients.Length; v++)
                {
                    var client = clients[v];
                    row.Runs[v].Add(await MeasureAsync(server, options, () => (client, null)).ConfigureAwait(false));
                }
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            foreach (var transport in transports)
            {
                transport.Dispose();
            }
        }

        Progress(row);
        return row;
    }

    /// <summary>One listing: wall time, this process's CPU, the server's CPU and what the front counted.</summary>
    private static async Task<RunResult> MeasureAsync(ServerProcess server, BenchOptions options, Func<(MistClient Client, HttpMessageHandler? Owned)> open)
    {
        await server.CommandAsync("reset").ConfigureAwait(false);
        using var self = Process.GetCurrentProcess();
        var serverCpu = server.Cpu;
        var clientCpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var (client, owned) = open();
        await ListAsync(client, server, options).ConfigureAwait(false);
        var wall = clock.Elapsed;
        self.Refresh();
        var result = new RunResult(wall, self.TotalProcessorTime - clientCpu, server.Cpu - serverCpu, await server.StatsAsync().ConfigureAwait(false));
        if (owned is not null)
        {
            client.Dispose();
            owned.Dispose();
        }

        return result;
    }

    private static async Task ListAsync(MistClient client, ServerProcess server, BenchOptions options)
    {
        var count = 0;
        await foreach (var page in client.Sites.ListAsync(server.OrgId).AsPages(pageSizeHint: options.Limit).ConfigureAwait(false))
        {
            count += page.Values.Count;
        }

        if (count != options.Sites)
        {
            throw new InvalidOperationException($"Listed {count} sites, expected {options.Sites}.");
        }
    }

    private static MistClient Client(ServerProcess server, HttpMessageHandler transport, int concurrency) =>
        new(new MistCredential(server.Token), new MistClientOptions
        {
            Cloud = MistCloud.FromUri(server.BaseAddress),
            MaxConcurrentPages = concurrency,
            Transport = transport,
        });

    private static void Progress(ResultRow row) =>
        Console.Error.WriteLine($"{row.LatencyMs} ms, {row.Concurrency} in flight, {row.Mode}: " +
            string.Join("  ", s_versions.Select((v, i) => $"HTTP/{v}: {string.Join(' ', row.Runs[i].Select(r => $"{r.Wall.TotalMilliseconds:F0}ms/{r.Connections}c"))}")));
}

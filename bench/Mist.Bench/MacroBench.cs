using System.Diagnostics;
using System.Globalization;
using Mist.Simulator;

namespace Mist.Bench;

/// <summary>
/// Builds the CLI (JIT and Native AOT), starts the simulator with the benchmark org and latency, runs each
/// scenario as a child process several times and prints the results next to their lower bounds.
/// </summary>
internal static class MacroBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        Directory.CreateDirectory(options.ArtifactsDir);
        await BenchState.EnsureSeededAsync(options.StatePath, options).ConfigureAwait(false);
        var work = Path.Combine(options.ArtifactsDir, "work.db");
        BenchState.CopyFresh(options.StatePath, work);
        await using var simulator = await MistSimulator.StartAsync(new MistSimulatorOptions
        {
            StatePath = work,
            Seeding = BenchState.Seeding(options),
            // The benchmark measures requests, not the hourly limit: 5 runs of every scenario exceed 5,000 calls.
            RateLimitPerHour = int.MaxValue,
            Faults = new FaultOptions { LatencyMs = options.LatencyMs, LatencyJitterMs = options.JitterMs },
        }).ConfigureAwait(false);

        var all = options.Clients > 0
            ? await ClientScenarios.BuildAsync(simulator).ConfigureAwait(false)
            : await Scenarios.BuildAsync(options, simulator).ConfigureAwait(false);
        var scenarios = all.Where(options.Selects).ToList();
        var results = await RunScenariosAsync(options, simulator, scenarios, simulator.Seed.PrimaryOrgId).ConfigureAwait(false);
        if (results is null)
        {
            return 1;
        }

        var report = BenchReport.Markdown(results, options, simulator);
        Console.WriteLine(report);
        if (options.OutPath is { } outPath)
        {
            await File.WriteAllTextAsync(outPath, report).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Builds what the scenarios need, runs each (the warm-ups, then the counted runs); null when one failed.</summary>
    public static async Task<List<ScenarioResult>?> RunScenariosAsync(BenchOptions options, MistSimulator simulator, IReadOnlyList<Scenario> scenarios, string orgId, string? token = null)
    {
        var jit = Path.Combine(options.ArtifactsDir, "jit", "mist");
        var aot = Path.Combine(options.ArtifactsDir, "aot", "mist");
        // Only the builds the selected scenarios run (an AOT publish takes minutes on a small machine).
        foreach (var (binary, exe) in new[] { ("jit", jit), ("aot", aot) })
        {
            if (scenarios.Any(s => s.Binary == binary) && (options.Build || !File.Exists(exe)))
            {
                await BuildAsync(options, binary, exe).ConfigureAwait(false);
            }
        }

        var env = Environment(options, simulator, orgId, token ?? simulator.Tokens.Admin);
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            var exe = scenario.Binary == "aot" ? aot : jit;
            Console.Error.Write($"{scenario.Name} ({scenario.Binary}): ");
            var runs = new List<(ChildRun, long, int)>();
            IReadOnlyDictionary<string, long> lastRoutes = new Dictionary<string, long>();
            for (var run = 0; run < options.Warmups + options.Runs; run++)
            {
                scenario.Prepare?.Invoke(run);
                simulator.Counters.Reset();
                var result = scenario.InProcess is { } call
                    ? await InProcessAsync(call).ConfigureAwait(false)
                    : await ChildRun.StartAsync(exe, scenario.Args(run), env).ConfigureAwait(false);
                var requests = simulator.Counters.Total;
                if (result.ExitCode != 0 || (scenario.ExpectedLines is { } lines && result.Lines != lines))
                {
                    Console.Error.WriteLine($"\nFAILED: exit {result.ExitCode}, {result.Lines} lines\n{result.Stderr}");
                    return null;
                }

                // The warm-up runs fill the simulator's caches and the page cache and let its JIT tier up; not counted.
                if (run >= options.Warmups)
                {
                    runs.Add((result, requests, scenario.MinimumFor(run)));
                }

                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"{result.Wall.TotalMilliseconds:F0} ms/{requests} req/{result.PeakRssKb / 1024.0:F0} MB  "));
                lastRoutes = simulator.Counters.Snapshot();
            }

            if (options.ShowRoutes)
            {
                // Where the requests of the last run went, to compare with the minimum's list.
                Console.Error.WriteLine();
                foreach (var (route, count) in lastRoutes)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {count,6} {route}"));
                }
            }

            Console.Error.WriteLine();
            results.Add(new ScenarioResult(scenario, runs, options.LatencyMs));
        }

        return results;
    }

    private static async Task<ChildRun> InProcessAsync(Func<Task<long>> call)
    {
        var clock = Stopwatch.StartNew();
        var items = await call().ConfigureAwait(false);
        return new ChildRun(clock.Elapsed, items, 0, 0, string.Empty);
    }

    private static Dictionary<string, string> Environment(BenchOptions options, MistSimulator simulator, string orgId, string token)
    {
        var home = Path.Combine(options.ArtifactsDir, "home");
        Directory.CreateDirectory(home);
        return new()
        {
            ["MIST_HOST"] = simulator.BaseAddress.ToString().TrimEnd('/'),
            ["MIST_API_TOKEN"] = token,
            ["MIST_ORG_ID"] = orgId,
            ["MIST_CONFIG_DIR"] = home,
            ["MIST_STATE_DIR"] = home,
            ["NO_COLOR"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
    }

    private static async Task BuildAsync(BenchOptions options, string binary, string exe)
    {
        var cli = Path.Combine(options.RepoRoot, "src", "Mist.Cli");
        var output = Path.GetDirectoryName(exe)!;
        await (binary == "jit"
            ? DotnetAsync(options, "build", cli, "-c", "Release", "-o", output)
            : DotnetAsync(options, "publish", cli, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output)).ConfigureAwait(false);
    }

    private static async Task DotnetAsync(BenchOptions options, params string[] args)
    {
        Console.Error.WriteLine($"dotnet {string.Join(' ', args)}");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = options.RepoRoot, RedirectStandardOutput = true };
        foreach (var arg in args.Append("-v:q").Append("-nologo"))
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {args[0]} failed:\n{output}");
        }
    }
}

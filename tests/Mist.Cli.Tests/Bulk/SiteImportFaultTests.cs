using Mist.Simulator;

namespace Mist.Cli.Tests.Bulk;

public class SiteImportFaultTests
{
    private static readonly FaultOptions s_faults = new() { FiveXxRate = 0.1, RateLimitRate = 0.05, ConnectionResetRate = 0.02, Seed = 3 };

    // The interrupted run needs time left after the 100th create for Ctrl-C to land, even on a loaded machine
    // where the watcher polls late: 20 ms per request makes the other 200 creates take seconds.
    private static readonly FaultOptions s_slowFaults = s_faults with { LatencyMs = 20 };

    [Fact]
    public async Task A_300_row_import_under_faults_creates_each_site_exactly_once()
    {
        await using var cli = await CliHarness.StartAsync(o => o.Faults = s_faults);
        var file = BulkCli.WriteFile(BulkCli.SiteRows(300));

        var result = await cli.RunAsync("site", "import", file, "-o", "json");
        var posts = cli.Simulator.Counters.Get("POST", BulkCli.CreateSiteRoute);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Json.AsArray();
        Assert.Equal(300, rows.Count);
        Assert.All(rows, r => Assert.Equal("created", r!["result"]!.GetValue<string>()));
        Assert.True(posts > 300, $"the faults should have cost some POSTs a retry ({posts} sent)");
        BulkCli.AssertEachOnce(await BulkCli.SiteNamesAsync(cli), 300);
    }

    [Fact]
    public async Task An_import_interrupted_part_way_then_run_again_creates_each_site_exactly_once()
    {
        await using var cli = await CliHarness.StartAsync(o => o.Faults = s_slowFaults);
        var file = BulkCli.WriteFile(BulkCli.SiteRows(300));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // Ctrl-C once the simulator has counted 100 creates: the items in flight finish, the rest never start.
        var watcher = Task.Run(async () =>
        {
            while (cli.Simulator.Counters.Get("POST", BulkCli.CreateSiteRoute) < 100 && !cts.IsCancellationRequested)
            {
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            await cts.CancelAsync();
        }, TestContext.Current.CancellationToken);

        var first = await BulkCli.RunAsync(cli, cts.Token, "site", "import", file, "-o", "json");
        await watcher;
        var afterFirst = await BulkCli.SiteNamesAsync(cli);
        cli.Simulator.SetFaults(s_faults);
        var second = await cli.RunAsync("site", "import", file, "-o", "json");

        Assert.True(first.ExitCode == 3, first.ToString());
        var firstRows = first.Json.AsArray();
        Assert.Equal(300, firstRows.Count);
        Assert.Contains(firstRows, r => r!["result"]!.GetValue<string>() == "not_started");
        Assert.Contains("Interrupted", first.Stderr, StringComparison.Ordinal);
        var created = firstRows.Count(r => r!["result"]!.GetValue<string>() == "created");
        // Ctrl-C came after 100 POSTs, some of them faulted attempts: part of the file was done, not all of it.
        Assert.InRange(created, 50, 299);
        // An item still in flight when the grace period ran out is reported "interrupted" (outcome unknown): it may
        // or may not exist. Every "created" row exists; nothing else may.
        var interrupted = firstRows.Count(r => r!["result"]!.GetValue<string>() == "interrupted");
        var existing = afterFirst.Count(n => n.StartsWith("Bulk-", StringComparison.Ordinal));
        Assert.InRange(existing, created, created + interrupted);

        Assert.True(second.ExitCode == 0, second.ToString());
        var secondRows = second.Json.AsArray();
        Assert.Equal(existing, secondRows.Count(r => r!["result"]!.GetValue<string>() == "unchanged"));
        Assert.Equal(300 - existing, secondRows.Count(r => r!["result"]!.GetValue<string>() == "created"));
        BulkCli.AssertEachOnce(await BulkCli.SiteNamesAsync(cli), 300);
    }
}

using Microsoft.Extensions.Time.Testing;

namespace Mist.Cli.Tests;

/// <summary>
/// A token limited to 100 calls per hour doing a job of about 250 calls (paging 248 sites one per page). The
/// simulator and the command share a fake clock, moved on only when the command says it waits.
/// </summary>
public class RateLimitTests
{
    private const int Sites = 248;
    private static readonly string[] s_job = ["api", "orgs/{org_id}/sites", "-f", "limit=1", "--paginate", "-o", "ndjson"];

    private static Task<CliHarness> StartAsync(FakeTimeProvider time) =>
        CliHarness.StartAsync(
            o =>
            {
                o.RateLimitPerHour = 100;
                o.Seeding.Orgs = 1;
                o.Seeding.SitesPerOrg = Sites;
                o.Seeding.DevicesPerSite = 0;
            },
            time);

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_two_token_pool_finishes_across_the_hour_and_no_429_reaches_the_user()
    {
        var time = Clock();
        await using var cli = await StartAsync(time);
        cli.Environment["MIST_API_TOKEN"] = $"{cli.Simulator.Tokens.Admin},{cli.Simulator.Tokens.Write}";

        // The command announces a wait once its timer runs; each announcement is released by turning the (fake) hour
        // once, and only while no operation of this command is being sent: a jump would fire its timeouts.
        using var active = new ActiveRequests(cli.Simulator.BaseAddress.Port);
        var announced = 0;
        var run = cli.RunAsync(s_job, tty: false, c => c.ErrorWriter.LineWritten += line =>
        {
            if (line.StartsWith("Waiting", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref announced);
            }
        });
        var released = 0;
        // A guard, not a speed check: a wait nobody announces would otherwise hang the whole test run.
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (!run.IsCompleted)
        {
            Assert.True(guard.Elapsed < TimeSpan.FromMinutes(5), $"No end after 5 min: an unannounced wait? {cli.Simulator.Counters.Total} calls so far.");
            var seen = Volatile.Read(ref announced);
            if (seen > released && active.Count == 0)
            {
                released = seen;
                time.Advance(TimeSpan.FromHours(1));
            }

            await Task.WhenAny(run, Task.Delay(20, TestContext.Current.CancellationToken));
        }

        var result = await run;

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Sites, rows.Length);
        Assert.Equal(Sites, rows.Distinct().Count());
        Assert.DoesNotContain("error", result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mist's hourly rate limit", result.Stderr, StringComparison.Ordinal);
        Assert.True(cli.Simulator.Counters.Total >= 250, $"{cli.Simulator.Counters.Total} calls");
    }

    [Fact]
    public async Task One_token_with_no_wait_stops_with_a_clear_message_and_exit_1()
    {
        await using var cli = await StartAsync(Clock());

        var result = await cli.RunAsync([.. s_job, "--no-wait"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("429", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Try again in 60 min", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_token_says_how_long_it_will_wait_and_ctrl_c_stops_it()
    {
        await using var cli = await StartAsync(Clock());
        using var ctrlC = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var result = await cli.RunUntilAsync(
            s_job,
            tty: false,
            c => c.ErrorWriter.LineWritten += line =>
            {
                if (line.StartsWith("Waiting", StringComparison.Ordinal))
                {
                    ctrlC.Cancel();
                }
            },
            ctrlC.Token);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Waiting 60 min 0 s before GET /api/v1/orgs/", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Mist's hourly rate limit", result.Stderr, StringComparison.Ordinal);
    }
}

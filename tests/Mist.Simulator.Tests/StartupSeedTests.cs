using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Mist.Simulator.Seeding;
using Mist.Simulator.State;

namespace Mist.Simulator.Tests;

/// <summary>
/// The start-up seed in two steps (SimulatorRuntime): the server answers once orgs, sites and devices are in, and the
/// activity history follows in the background. A test holds the background seed before it writes
/// (<c>BeforeActivitySeed</c>), so "early" is certain, not a race.
/// </summary>
public sealed class StartupSeedTests
{
    private static readonly DateTimeOffset s_now = DateTimeOffset.UnixEpoch.AddDays(20000);

    [Fact]
    public async Task An_activity_read_sent_before_the_background_seed_finished_gets_the_full_history_and_other_reads_do_not_wait()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var sim = await SimulatorClient.StartAsync(Options(async cancel =>
        {
            held.SetResult();
            await release.Task.WaitAsync(cancel);
        }));
        await held.Task.WaitAsync(TestContext.Current.CancellationToken);
        var events = $"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=7d&limit=1";
        var alarms = $"api/v1/orgs/{sim.OrgId}/alarms/search?duration=7d&limit=1";

        var earlyEvents = sim.GetJsonAsync(events);
        var earlyAlarms = sim.GetJsonAsync(alarms);
        var earlyWlans = sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/wlans");
        var inventory = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/inventory?type=all&limit=1000");
        var sites = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/sites");
        var stillWaiting = !earlyEvents.IsCompleted && !earlyAlarms.IsCompleted && !earlyWlans.IsCompleted;
        release.SetResult();

        Assert.True(stillWaiting, "the activity reads answered before the history was seeded");
        Assert.Equal(sim.Seed.Orgs[0].DeviceCount, inventory.AsArray().Count);
        Assert.Equal(sim.Seed.Orgs[0].SiteCount, sites.AsArray().Count);
        var (eventTotal, alarmTotal) = ((int)(await earlyEvents)["total"]!, (int)(await earlyAlarms)["total"]!);
        Assert.True(eventTotal > 0 && alarmTotal > 0, $"{eventTotal} events, {alarmTotal} alarms");
        Assert.Equal((int)(await sim.GetJsonAsync(events))["total"]!, eventTotal);
        Assert.Equal((int)(await sim.GetJsonAsync(alarms))["total"]!, alarmTotal);
        Assert.Equal(2, (await earlyWlans).AsArray().Count);
    }

    [Fact]
    public async Task The_history_is_the_same_whether_or_not_requests_came_before_it_was_seeded()
    {
        string early;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (var sim = await SimulatorClient.StartAsync(Options(cancel => release.Task.WaitAsync(cancel))))
        {
            var site = sim.Seed.Sites[0].Id;
            var reads = new[]
            {
                sim.GetAsync($"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=7d"),
                sim.GetAsync($"api/v1/orgs/{sim.OrgId}/alarms/search?duration=7d"),
                sim.GetAsync($"api/v1/sites/{site}/stats/clients"),
                sim.GetAsync($"api/v1/sites/{site}/stats/devices"),
                sim.GetAsync($"api/v1/orgs/{sim.OrgId}/inventory"),
            };
            release.SetResult();
            foreach (var response in await Task.WhenAll(reads))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }

            early = HistoryHash(sim.Simulator);
        }

        await using var quiet = await SimulatorClient.StartAsync(Options());
        await quiet.Simulator.Runtime.ActivitySeeded;

        Assert.Equal(HistoryHash(quiet.Simulator), early);
    }

    [Fact]
    public async Task Disposing_during_the_background_seed_stops_it_cleanly_and_deletes_the_temporary_file()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sim = await SimulatorClient.StartAsync(Options(async cancel =>
        {
            held.SetResult();
            await Task.Delay(Timeout.Infinite, cancel);
        }));
        await held.Task.WaitAsync(TestContext.Current.CancellationToken);
        var path = sim.Simulator.Runtime.Database.TemporaryPath!;
        var early = sim.GetAsync($"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=7d");
        Assert.True(SpinWait.SpinUntil(() => sim.Simulator.Counters.InFlight == 1, TimeSpan.FromSeconds(30)), "the request never reached the server");

        await sim.Simulator.DisposeAsync();

        Assert.True(sim.Simulator.Runtime.ActivitySeeded.IsCanceled);
        Assert.False(File.Exists(path), path);
        using var answer = await early; // answered, not left hanging until the shutdown timed out
        sim.Http.Dispose();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
    }

    [Fact]
    public void Cancelling_the_history_mid_seed_rolls_it_back_and_leaves_it_owed()
    {
        using var database = new Database(null);
        var options = new SeedOptions { Orgs = 1, SitesPerOrg = 50, DevicesPerSite = 10 };
        using (var writer = database.HoldWriter())
        {
            Seeder.OpenOrSeed(writer, options, 1, 1_700_000_000, timings: null);
        }

        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => database.Write(c => PendingActivity.Complete(c, null, cancel.Token)));

        Assert.Equal((0L, true), database.Read(c => (Count(c, "events"), PendingActivity.Read(c) is not null)));
        Assert.True(database.Write(c => PendingActivity.Complete(c, null, CancellationToken.None)));
        Assert.Equal(1000L, database.Read(c => Count(c, "events")));
    }

    [Fact]
    public async Task A_state_file_left_with_its_history_owed_gets_it_when_opened_again()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mist-startup-{Guid.NewGuid():N}.db");
        try
        {
            await using (await SimulatorClient.StartAsync(Options(cancel => Task.Delay(Timeout.Infinite, cancel), file)))
            {
                // Stopped before the history was written: the file keeps the devices and owes the history.
            }

            await using var reopened = await SimulatorClient.StartAsync(Options(statePath: file));
            await reopened.Simulator.Runtime.ActivitySeeded;
            await using var fresh = await SimulatorClient.StartAsync(Options());
            await fresh.Simulator.Runtime.ActivitySeeded;

            Assert.Equal(HistoryHash(fresh.Simulator), HistoryHash(reopened.Simulator));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    private static MistSimulatorOptions Options(Func<CancellationToken, Task>? beforeActivitySeed = null, string? statePath = null) => new()
    {
        TimeProvider = new FakeTimeProvider(s_now),
        StatePath = statePath,
        Seeding = new SeedOptions { Orgs = 1, SitesPerOrg = 4, DevicesPerSite = 6, Wireless = true, ClientsPerAp = 2 },
        BeforeActivitySeed = beforeActivitySeed,
    };

    /// <summary>A hash of every row the background seed writes: events, alarms, audit log, clients and WLANs.</summary>
    private static string HistoryHash(MistSimulator simulator) => simulator.Runtime.Database.Read(c =>
    {
        var text = new StringBuilder();
        foreach (var query in new[]
                 {
                     "SELECT id, type, mac, timestamp, data FROM events ORDER BY id",
                     "SELECT id, open, timestamp, data FROM alarms ORDER BY id",
                     "SELECT id, message, timestamp, data FROM audit_logs ORDER BY id",
                     "SELECT mac, ap_id, wlan_id, rssi, last_seen FROM clients ORDER BY mac",
                     "SELECT id, collection, data FROM config_objects ORDER BY id",
                 })
        {
            using var command = c.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }

            Assert.True(rows > 0, query);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    });

    private static long Count(Microsoft.Data.Sqlite.SqliteConnection c, string table)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}

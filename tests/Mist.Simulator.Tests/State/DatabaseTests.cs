using Microsoft.Data.Sqlite;
using Mist.Simulator.Seeding;
using Mist.Simulator.State;

namespace Mist.Simulator.Tests.State;

/// <summary>
/// The state behind the fast paths: pages sliced from cached row ids must be the rows OFFSET gives, caches must not
/// outlive a write (in this process or another one on the same file), and concurrent readers see whole snapshots.
/// </summary>
public sealed class DatabaseTests : IDisposable
{
    private static readonly SeedOptions s_seeding = new() { Orgs = 2, SitesPerOrg = 7, DevicesPerSite = 9, UnassignedDevicesPerOrg = 5 };
    private readonly string _directory = Directory.CreateTempSubdirectory("mist-sim-db-").FullName;

    public static TheoryData<string?, int, int> Filters => new()
    {
        { null, 7, 0 }, { null, 7, 7 }, { null, 10, 60 }, { null, 1000, 0 }, { "ap", 5, 15 }, { "switch", 3, 3 }, { null, 7, 500 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_page_holds_exactly_the_rows_of_a_plain_offset_query(string? type, int limit, int offset)
    {
        using var database = new Database(null);
        var seed = Seeder.Seed(database, s_seeding, 5, 1_700_000_000);
        var filter = new DeviceFilter { OrgId = seed.Summary.PrimaryOrgId, Types = type is null ? null : [type] };
        var store = new DeviceStore(database);

        // Twice: the first page computes the cached row ids, the second one slices them.
        var (cold, coldTotal) = store.Page(filter, limit, offset);
        var (warm, warmTotal) = store.Page(filter, limit, offset);
        var (expected, expectedTotal) = database.Read(c =>
        {
            var query = filter.ToQuery();
            using var command = query.Command(c, $"SELECT mac FROM devices{query.WhereClause} ORDER BY mac LIMIT {limit} OFFSET {offset}");
            var macs = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read()) macs.Add(reader.GetString(0));
            }

            return (macs, query.Count(c, "devices"));
        });

        Assert.Equal(expected, cold.Select(d => d.Mac));
        Assert.Equal(expected, warm.Select(d => d.Mac));
        Assert.Equal(expectedTotal, coldTotal);
        Assert.Equal(expectedTotal, warmTotal);
    }

    [Fact]
    public void A_write_is_seen_by_the_next_page_and_search_total()
    {
        using var database = new Database(null);
        var seed = Seeder.Seed(database, s_seeding, 5, 1_700_000_000);
        var store = new DeviceStore(database);
        var assigned = new DeviceFilter { OrgId = seed.Summary.PrimaryOrgId, Assigned = true };
        var (before, total) = store.Page(assigned, 1000, 0);
        var (_, searchTotal) = store.Search(assigned, new SearchOrder("mac", "mac", false), null, 10);

        var gone = before[3];
        new InventoryOperations(database).Unassign(seed.Summary.PrimaryOrgId, [gone.Mac], 1_700_000_100);

        var (after, totalAfter) = store.Page(assigned, 1000, 0);
        var (_, searchTotalAfter) = store.Search(assigned, new SearchOrder("mac", "mac", false), null, 10);
        Assert.Equal(total - 1, totalAfter);
        Assert.Equal(searchTotal - 1, searchTotalAfter);
        Assert.DoesNotContain(after, d => d.Mac == gone.Mac);
    }

    [Fact]
    public void A_write_by_another_connection_on_the_same_file_is_seen_by_the_next_page()
    {
        var path = Path.Combine(_directory, "shared.db");
        using var first = new Database(path);
        var seed = Seeder.Seed(first, s_seeding, 5, 1_700_000_000);
        using var second = new Database(path);
        var filter = new DeviceFilter { OrgId = seed.Summary.PrimaryOrgId, Assigned = false };
        var (before, total) = new DeviceStore(first).Page(filter, 1000, 0);
        var moving = new DeviceStore(first).Page(new DeviceFilter { OrgId = seed.Summary.PrimaryOrgId, Assigned = true }, 1, 0).Rows[0];

        // The other "process" unassigns a device: the first one's cached page of unassigned devices must not be served.
        new InventoryOperations(second).Unassign(seed.Summary.PrimaryOrgId, [moving.Mac], 1_700_000_100);

        var (after, totalAfter) = new DeviceStore(first).Page(filter, 1000, 0);
        Assert.Equal(total + 1, totalAfter);
        Assert.Contains(after, d => d.Mac == moving.Mac);
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public async Task Concurrent_readers_see_whole_snapshots_while_writes_go_on()
    {
        using var database = new Database(null);
        var seed = Seeder.Seed(database, s_seeding, 5, 1_700_000_000);
        var orgId = seed.Summary.PrimaryOrgId;
        var store = new DeviceStore(database);
        var macs = store.Page(new DeviceFilter { OrgId = orgId, Assigned = true }, 1000, 0).Rows.Select(d => d.Mac).Take(20).ToList();
        var inOrg = store.Page(new DeviceFilter { OrgId = orgId }, 1000, 0).Total;
        using var stop = new CancellationTokenSource();

        // Writes move devices on and off sites; the org's inventory size never changes, and assigned + unassigned
        // read in one snapshot always add up to it.
        var writer = Task.Run(() =>
        {
            var operations = new InventoryOperations(database);
            for (var i = 0; i < 60; i++)
            {
                operations.Unassign(orgId, [macs[i % macs.Count]], 1_700_000_100 + i);
            }
        }, TestContext.Current.CancellationToken);
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!writer.IsCompleted || reads < 5)
            {
                var (assigned, unassigned) = database.Read(c => (
                    new DeviceFilter { OrgId = orgId, Assigned = true }.ToQuery().Count(c, "devices"),
                    new DeviceFilter { OrgId = orgId, Assigned = false }.ToQuery().Count(c, "devices")));
                Assert.Equal(inOrg, assigned + unassigned);
                var (rows, total) = store.Page(new DeviceFilter { OrgId = orgId, Assigned = false }, 1000, 0);
                Assert.Equal(total, rows.Count);
                reads++;
            }

            return reads;
        }, TestContext.Current.CancellationToken)).ToList();

        await writer;
        var counts = await Task.WhenAll(readers);
        Assert.All(counts, count => Assert.True(count >= 5));
        Assert.Equal(20, store.Page(new DeviceFilter { OrgId = orgId, Assigned = false }, 1000, 0).Total - s_seeding.UnassignedDevicesPerOrg);
    }

    [Fact]
    public void Reads_run_on_read_only_connections()
    {
        using var database = new Database(null);
        var error = Assert.Throws<SqliteException>(() => database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "INSERT INTO meta (key, value) VALUES ('x', 'y')";
            return command.ExecuteNonQuery();
        }));
        Assert.Contains("readonly", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_state_without_a_file_is_a_private_temporary_file_deleted_on_dispose()
    {
        var database = new Database(null);
        database.Write(c =>
        {
            MetaStore.Set(c, "k", "v");
            return 0;
        });
        var path = database.TemporaryPath!;
        Assert.True(File.Exists(path));
        Assert.True(File.Exists(path + "-wal"));
        Assert.Equal("v", database.Read(c => MetaStore.Get(c, "k")));

        database.Dispose();

        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + "-wal"));
        Assert.False(File.Exists(path + "-shm"));
    }

    [Fact]
    public void A_cache_entry_of_an_older_snapshot_never_replaces_a_newer_one()
    {
        var cache = new ReadCache();
        Assert.Equal("v2", cache.GetOrAdd("k", 2, () => "v2"));
        Assert.Equal("v1", cache.GetOrAdd("k", 1, () => "v1"));
        Assert.Equal("v2", cache.GetOrAdd("k", 2, () => "recomputed"));
        Assert.Equal("v3", cache.GetOrAdd("k", 3, () => "v3"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

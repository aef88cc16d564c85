using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Mist.Simulator.Seeding;
using Mist.Simulator.State;

namespace Mist.Simulator.Tests.State;

/// <summary>
/// The devices a seed writes, pinned to a hash of every column's type and value and of the rowid (the insertion
/// order): the start-up seed's insertion path is tuned for speed, and must keep writing the very same rows.
/// </summary>
public sealed class SeededDeviceRowsTests
{
    private const double Now = 1_700_000_000.125;

    // Computed with the DeviceInserter that bound named parameters through SqliteCommand (before the raw binding).
    private const string PinnedHash = "6932E6892F06DD7855F10A91974BE73E598D635931F68F857ED0786C90E03655";

    private static readonly SeedOptions s_seeding = new() { Orgs = 2, SitesPerOrg = 30, DevicesPerSite = 11, UnassignedDevicesPerOrg = 7, UnclaimedDevices = 9 };

    [Fact]
    public void The_start_up_seed_writes_the_pinned_device_rows()
    {
        using var database = new Database(null);
        using (var writer = database.HoldWriter())
        {
            Seeder.OpenOrSeed(writer, s_seeding, 7, Now, timings: null);
        }

        Assert.Equal(PinnedHash, database.Read(DevicesHash));
    }

    [Fact]
    public void A_reset_writes_the_same_device_rows_as_the_start_up_seed()
    {
        using var database = new Database(null);
        Seeder.Seed(database, s_seeding, 7, Now);

        Assert.Equal(PinnedHash, database.Read(DevicesHash));
    }

    [Fact]
    public void A_failed_insert_throws_and_stops_the_text_writer()
    {
        using var database = new Database(null);

        // The same seed and draws twice: the second inserter's rows collide with the first's, several batches in.
        var error = Assert.Throws<SqliteException>(() => database.Write(c =>
        {
            foreach (var _ in new[] { 1, 2 })
            {
                using var insert = new DeviceInserter(c, 7, 5000);
                var random = new Random(3);
                for (var i = 0; i < 5000; i++)
                {
                    insert.Add(random, "org", "site", "s0001", i + 1, Now);
                }

                insert.Flush();
            }

            return 0;
        }));

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal(0L, database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM devices";
            return (long)command.ExecuteScalar()!;
        }));
    }

    private static string DevicesHash(SqliteConnection c)
    {
        // typeof() and quote(): the storage class and the exact value (a REAL quoted so it reads back the same).
        var columns = DeviceRow.Columns.Split(", ").Select(column => $"typeof({column}) || ':' || quote({column})");
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT rowid || '|' || {string.Join(" || '|' || ", columns)} FROM devices ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            text.Append(reader.GetString(0)).Append('\n');
        }

        Assert.Equal(2 * (30 * 11 + 7) + 3 + 9, rows);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

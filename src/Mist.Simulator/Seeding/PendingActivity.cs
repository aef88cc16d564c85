using System.Globalization;
using Microsoft.Data.Sqlite;
using Mist.Simulator.State;

namespace Mist.Simulator.Seeding;

/// <summary>
/// The activity history a seed still owes (<see cref="ActivitySeeder"/>: events, alarms, audit log and, with
/// <see cref="SeedOptions.Wireless"/>, WLANs and clients), recorded in the state by the seed's first transaction and
/// written by a later one (<see cref="Complete"/>). The record holds everything the history depends on (seed number,
/// the seed's time, the wireless options), so whoever completes it, this process in the background or another one
/// opening the same file after a crash, writes the same rows; completing finds nothing when someone already did.
/// </summary>
internal sealed record PendingActivity(int Seed, double Now, bool Wireless, int ClientsPerAp)
{
    private const string Key = "activity_pending";

    /// <summary>Records the history owed by the seed being written in this transaction.</summary>
    public static void Mark(SqliteConnection c, SeedOptions options, int seed, double now) =>
        MetaStore.Set(c, Key, string.Join(
            ';',
            seed.ToString(CultureInfo.InvariantCulture),
            now.ToString("R", CultureInfo.InvariantCulture),
            options.Wireless ? "1" : "0",
            options.ClientsPerAp.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The history still owed in the state, or <see langword="null"/> when it is complete.</summary>
    public static PendingActivity? Read(SqliteConnection c)
    {
        var parts = MetaStore.Get(c, Key)?.Split(';');
        return parts is not { Length: 4 }
            ? null
            : new PendingActivity(
                int.Parse(parts[0], CultureInfo.InvariantCulture),
                double.Parse(parts[1], CultureInfo.InvariantCulture),
                parts[2] == "1",
                int.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Writes the history owed, if any, within the caller's write transaction; false when there was none. Cancelling
    /// throws <see cref="OperationCanceledException"/>, and the caller's transaction rolls the partial history back.
    /// </summary>
    public static bool Complete(SqliteConnection c, SeedTimings? timings, CancellationToken cancellationToken)
    {
        if (Read(c) is not { } pending)
        {
            return false;
        }

        // The devices' secondary indexes, left out of the first transaction: the history reads devices by site.
        using (timings?.Phase("device indexes"))
        {
            Execute(c, Schema.Sql);
        }

        // Events are only written here, never read back: their indexes are built once from the loaded rows.
        Execute(c, Schema.DropEventIndexes);
        using (timings?.Phase("activity (events, alarms, audit log, WLANs, clients)"))
        {
            var options = new SeedOptions { Wireless = pending.Wireless, ClientsPerAp = pending.ClientsPerAp };
            ActivitySeeder.Write(c, options, pending.Seed, pending.Now, cancellationToken);
        }

        using (timings?.Phase("activity indexes"))
        {
            Execute(c, Schema.Sql);
        }

        MetaStore.Delete(c, Key);
        return true;
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

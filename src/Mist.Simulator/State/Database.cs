using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>
/// The simulator's one SQLite connection: an in-memory database, or a file shared safely with other processes
/// (WAL, a busy timeout, and every write in an IMMEDIATE transaction). Nothing is cached outside SQLite, so a second
/// process sees each committed change on its next request. Calls are serialised on one lock because a connection is
/// not thread-safe; readers and writers in other processes are coordinated by SQLite's own file locks.
/// </summary>
internal sealed class Database : IDisposable
{
    private const int BusyTimeoutSeconds = 30;

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public Database(string? path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path ?? ":memory:",
            Mode = path is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        };
        IsFile = path is not null;
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        Execute($"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000};");
        if (IsFile)
        {
            Execute("PRAGMA journal_mode = WAL;");
            Execute("PRAGMA synchronous = NORMAL;");
        }

        Execute(Schema.Sql);
    }

    public bool IsFile { get; }

    /// <summary>Runs a read in a deferred transaction, so several statements see one snapshot.</summary>
    public T Read<T>(Func<SqliteConnection, T> read)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            var result = read(_connection);
            transaction.Commit();
            return result;
        }
    }

    /// <summary>Runs a write in an IMMEDIATE transaction: it takes the file's write lock first, so it never deadlocks on upgrade.</summary>
    public T Write<T>(Func<SqliteConnection, T> write)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = write(_connection);
            transaction.Commit();
            return result;
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

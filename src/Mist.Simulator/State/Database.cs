using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>
/// The simulator's SQLite state: one writer connection and a pool of read-only connections on one database in WAL
/// mode, so reads run in parallel with each other and with the one write in flight. Every write runs in an
/// IMMEDIATE transaction on the writer (serialised by a lock here and by SQLite's file lock across processes); every
/// read runs in a deferred transaction on a reader, so its statements see one snapshot.
/// <para>
/// Without a state file the database is a private temporary file, deleted on dispose. SQLite's <c>:memory:</c>
/// databases belong to one connection, and a shared-cache memory database serialises its connections on table locks,
/// so neither reads in parallel; a temporary file in WAL does, and behaves as memory did for the user: private to this
/// simulator, empty at start, gone at the end. It is written without syncs (nothing to recover after a crash).
/// </para>
/// <para>
/// Each write adds one to <c>data_version</c> in its transaction, so a read knows which state its snapshot holds and
/// can reuse what an earlier read of the same state computed (<see cref="Cached{T}"/>), across processes too.
/// </para>
/// </summary>
internal sealed class Database : IDisposable
{
    private const int BusyTimeoutSeconds = 30;
    private const int MaxIdleReaders = 8;

    // Reads map the file instead of copying pages into each connection's cache: readers share the OS page cache.
    private const long MapBytes = 1L << 30;

    private readonly SqliteConnection _writer;
    // A semaphore, not a lock: the start-up holds the writer from the synchronous seed to the end of the background
    // one, across threads (HoldWriter), so no request's write can come between the two.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentBag<SqliteConnection> _idleReaders = [];
    private readonly string _readerConnectionString;
    private readonly string? _temporaryPath;
    private readonly ReadCache _cache = new();

    public Database(string? path)
    {
        IsFile = path is not null;
        _temporaryPath = path is null ? Path.Combine(Path.GetTempPath(), $"mist-simulator-{Guid.NewGuid():N}.db") : null;
        var dataSource = path ?? _temporaryPath!;
        _writer = Open(new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString());
        Execute(_writer, "PRAGMA journal_mode = WAL;");
        Execute(_writer, IsFile ? "PRAGMA synchronous = NORMAL;" : "PRAGMA synchronous = OFF;");
        Execute(_writer, "PRAGMA cache_size = -65536;");
        // The seed's one transaction logs the whole database; the log is cut back after its checkpoint.
        Execute(_writer, "PRAGMA journal_size_limit = 67108864;");
        Execute(_writer, Schema.Sql);
        _readerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    /// <summary>True when the state is the caller's file (shared with other processes), not a private temporary one.</summary>
    public bool IsFile { get; }

    /// <summary>The private file that stands in for memory (<see langword="null"/> with a state file).</summary>
    public string? TemporaryPath => _temporaryPath;

    /// <summary>Runs a read in a deferred transaction on a reader connection, so several statements see one snapshot.</summary>
    public T Read<T>(Func<SqliteConnection, T> read)
    {
        var reader = _idleReaders.TryTake(out var idle) ? idle : OpenReader();
        try
        {
            using var transaction = reader.BeginTransaction(deferred: true);
            var result = read(reader);
            transaction.Commit();
            return result;
        }
        finally
        {
            if (_idleReaders.Count < MaxIdleReaders)
            {
                _idleReaders.Add(reader);
            }
            else
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>
    /// Runs a write in an IMMEDIATE transaction: it takes the file's write lock first, so it never deadlocks on upgrade.
    /// The transaction also moves <c>data_version</c> on, which tells reads that what they cached is stale.
    /// </summary>
    public T Write<T>(Func<SqliteConnection, T> write)
    {
        using var held = HoldWriter();
        return held.Write(write);
    }

    /// <summary>
    /// Takes the writer until the returned hold is disposed, on any thread: every other <see cref="Write{T}"/> waits.
    /// Its <see cref="WriterHold.Write{T}"/> runs transactions like <see cref="Write{T}"/>.
    /// </summary>
    public WriterHold HoldWriter()
    {
        _writeGate.Wait();
        return new WriterHold(this);
    }

    private T WriteHeld<T>(Func<SqliteConnection, T> write)
    {
        using var transaction = _writer.BeginTransaction(deferred: false);
        var result = write(_writer);
        Execute(_writer, "UPDATE data_version SET n = n + 1;");
        transaction.Commit();
        return result;
    }

    /// <summary>The writer, held (<see cref="HoldWriter"/>); disposing it lets the next write in.</summary>
    public sealed class WriterHold(Database database) : IDisposable
    {
        private int _released;

        /// <summary>Runs a write in an IMMEDIATE transaction on the held writer.</summary>
        public T Write<T>(Func<SqliteConnection, T> write)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _released) != 0, this);
            return database.WriteHeld(write);
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                database._writeGate.Release();
            }
        }
    }

    /// <summary>
    /// A value computed from the snapshot of the read in progress on <paramref name="connection"/>, reused by later
    /// reads of the same data version; <paramref name="key"/> must name everything the value depends on.
    /// </summary>
    public T Cached<T>(SqliteConnection connection, string key, Func<T> compute)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT n FROM data_version";
        var version = (long)command.ExecuteScalar()!;
        return _cache.GetOrAdd(key, version, compute);
    }

    public void Dispose()
    {
        _writer.Dispose();
        while (_idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }

        if (_temporaryPath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _temporaryPath, _temporaryPath + "-wal", _temporaryPath + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A reader still open on another thread at shutdown: the OS temp directory is cleaned eventually.
                }
            }
        }
    }

    private SqliteConnection OpenReader()
    {
        var reader = Open(_readerConnectionString);
        Execute(reader, $"PRAGMA mmap_size = {MapBytes};");
        return reader;
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000};");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

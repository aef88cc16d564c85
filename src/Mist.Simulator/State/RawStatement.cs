using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Mist.Simulator.State;

/// <summary>
/// One statement prepared on a connection's SQLite handle and bound by position, for bulk inserts: a
/// <see cref="SqliteCommand"/> looks each named parameter up and checks its value's type on every execution, about
/// 20 µs for a 19-value row, which was most of the start-up seed's time at 100,000 devices. Values are bound as
/// <see cref="SqliteCommand"/> binds them: strings as UTF-8 text, <see langword="null"/> as NULL, integers as
/// INTEGER, doubles as REAL. Runs within whatever transaction the connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    // SQLite copies bound text (SQLITE_TRANSIENT), so one buffer serves every value.
    private byte[] _utf8 = new byte[256];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Binds text, or NULL for <see langword="null"/>, to the 1-based parameter <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _utf8.Length)
        {
            _utf8 = new byte[length];
        }

        var written = Encoding.UTF8.GetBytes(value, _utf8);
        BindUtf8(index, _utf8.AsSpan(0, written));
    }

    /// <summary>Binds text already encoded as UTF-8 (SQLite copies it).</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>Runs the statement (one that returns no rows) and resets it for the next values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE)
        {
            // The reset keeps the step's error on the handle, where the exception reads its message.
            raw.sqlite3_reset(_statement);
            SqliteException.ThrowExceptionForRC(result, _database);
        }

        Check(raw.sqlite3_reset(_statement));
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _database);
}

using System.Text;
using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>Builds a parameterised WHERE clause from optional filters.</summary>
internal sealed class SqlQuery
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    public SqlQuery Where(string condition, params (string Name, object? Value)[] parameters)
    {
        _conditions.Add(condition);
        foreach (var (name, value) in parameters)
        {
            _parameters.Add((name, value ?? DBNull.Value));
        }

        return this;
    }

    /// <summary>Adds <c>column IN (...)</c>, or nothing when <paramref name="values"/> is null (no filter).</summary>
    public SqlQuery WhereIn(string column, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return this;
        }

        var names = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var name = $"@{column}_{i}";
            names.Append(i == 0 ? name : "," + name);
            _parameters.Add((name, values[i]));
        }

        _conditions.Add($"{column} IN ({names})");
        return this;
    }

    public string WhereClause => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);

    public SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    public long Count(SqliteConnection connection, string table)
    {
        using var command = Command(connection, $"SELECT COUNT(*) FROM {table}{WhereClause}");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// <see cref="Count"/> computed once per data version (<see cref="Database.Cached{T}"/>): searches send the total
    /// with every page, and counting 100,000 rows costs more than the page itself.
    /// </summary>
    public long CachedCount(Database database, SqliteConnection connection, string table) =>
        database.Cached(connection, $"count {table} {Key}", () => Count(connection, table));

    /// <summary>The conditions and parameter values, unambiguously (values are length-prefixed): a cache key.</summary>
    public string Key
    {
        get
        {
            var key = new StringBuilder(WhereClause);
            foreach (var (name, value) in _parameters)
            {
                var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                key.Append(' ').Append(name).Append(':').Append(value.GetType().Name).Append(':').Append(text.Length).Append(':').Append(text);
            }

            return key.ToString();
        }
    }
}

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
}

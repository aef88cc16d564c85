namespace Mist.Simulator.State;

/// <summary>
/// The rows of a <c>count?distinct=...</c> answer: how many matching rows hold each value of one expression, most
/// frequent first (ties by value), at most <c>limit</c> of them, and how many distinct values there are in all.
/// Rows whose value is NULL (a field the row does not have) are not counted.
/// </summary>
internal sealed class DistinctCount(Database database)
{
    /// <param name="from">A table, or tables joined, from the caller's code (never client text).</param>
    /// <param name="query">The filters of the matching search.</param>
    /// <param name="expression">The SQL expression of the distinct field, from the caller's allow-list.</param>
    /// <param name="limit">The most result rows to answer.</param>
    public (List<(string Value, long Count)> Rows, long Total) Run(string from, SqlQuery query, string expression, int limit) =>
        database.Read(c =>
        {
            var grouped = $"SELECT CAST({expression} AS TEXT) AS value, COUNT(*) AS n FROM {from}{query.WhereClause} GROUP BY value HAVING value IS NOT NULL";
            long total;
            using (var count = query.Command(c, $"SELECT COUNT(*) FROM ({grouped})"))
            {
                total = (long)count.ExecuteScalar()!;
            }

            using var command = query.Command(c, $"{grouped} ORDER BY n DESC, value LIMIT @limit");
            command.Parameters.AddWithValue("@limit", limit);
            var rows = new List<(string, long)>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1)));
            }

            return (rows, total);
        });
}

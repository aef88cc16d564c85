namespace Mist.Simulator.State;

/// <summary>
/// A keyset search over a table of JSON documents (events, alarms, audit logs) with a <c>data</c> column: the page's
/// documents, the cursor of the last one and the total of the filter.
/// </summary>
internal sealed class DocumentSearch(Database database)
{
    public (List<string> Items, SearchCursor? Next, long Total) Run(string table, SqlQuery query, SearchOrder order, SearchCursor? after, int limit) =>
        database.Read(c =>
        {
            var total = query.CachedCount(database, c, table);
            if (after is not null)
            {
                query.Where(order.After, ("@after_key", after.Key), ("@after_tie", after.TieBreak));
            }

            using var command = query.Command(c, $"SELECT data, {order.Column}, {order.TieBreak} FROM {table}{query.WhereClause}{order.OrderBy} LIMIT @limit");
            command.Parameters.AddWithValue("@limit", limit + 1);
            var items = new List<string>();
            SearchCursor? next = null;
            var more = false;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (items.Count == limit)
                {
                    more = true;
                    break;
                }

                items.Add(reader.GetString(0));
                next = new SearchCursor(reader.GetValue(1), reader.GetString(2));
            }

            return (items, more ? next : null, total);
        });

    /// <summary>One page by offset (the audit log pages with <c>page</c>).</summary>
    public (List<string> Items, long Total) Page(string table, SqlQuery query, SearchOrder order, int limit, int offset) =>
        database.Read(c =>
        {
            var total = query.CachedCount(database, c, table);
            using var command = query.Command(c, $"SELECT data FROM {table}{query.WhereClause}{order.OrderBy} LIMIT @limit OFFSET @offset");
            command.Parameters.AddWithValue("@limit", limit);
            command.Parameters.AddWithValue("@offset", offset);
            var items = new List<string>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                items.Add(reader.GetString(0));
            }

            return (items, total);
        });
}

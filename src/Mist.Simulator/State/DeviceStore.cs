using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>Reads and writes devices (the org inventory, site devices and their live state).</summary>
internal sealed class DeviceStore(Database database)
{
    /// <summary>
    /// One page in MAC order. The filter's row ids in that order are read once per data version (one walk of an
    /// index) and cached; a page is then a slice of them, so page 101 costs what page 1 does and the total is the
    /// list's length. The rows are exactly those of <c>ORDER BY mac LIMIT limit OFFSET offset</c> on the same snapshot.
    /// </summary>
    public (List<DeviceRow> Rows, long Total) Page(DeviceFilter filter, int limit, int offset) => database.Read(c =>
    {
        var query = filter.ToQuery();
        var ids = database.Cached(c, "devices by mac " + query.Key, () => OrderedIds(c, query));
        if (offset >= ids.Length)
        {
            return (new List<DeviceRow>(), ids.LongLength);
        }

        var slice = new ArraySegment<long>(ids, offset, Math.Min(limit, ids.Length - offset));
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT {DeviceRow.Columns} FROM devices WHERE rowid IN (SELECT value FROM json_each(@ids)) ORDER BY mac";
        command.Parameters.AddWithValue("@ids", "[" + string.Join(',', slice) + "]");
        return (ReadAll(command), ids.LongLength);
    });

    private static long[] OrderedIds(SqliteConnection c, SqlQuery query)
    {
        using var command = query.Command(c, $"SELECT rowid FROM devices{query.WhereClause} ORDER BY mac");
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return [.. ids];
    }

    public (List<DeviceRow> Rows, long Total) Search(DeviceFilter filter, SearchOrder order, SearchCursor? after, int limit) => database.Read(c =>
    {
        var query = filter.ToQuery();
        var total = query.CachedCount(database, c, "devices");
        if (after is not null)
        {
            query.Where(order.After, ("@after_key", after.Key), ("@after_tie", after.TieBreak));
        }

        using var command = query.Command(c, $"SELECT {DeviceRow.Columns} FROM devices{query.WhereClause}{order.OrderBy} LIMIT @limit");
        command.Parameters.AddWithValue("@limit", limit);
        return (ReadAll(command), total);
    });

    public List<DeviceRow> All(DeviceFilter filter) => database.Read(c =>
    {
        var query = filter.ToQuery();
        using var command = query.Command(c, $"SELECT {DeviceRow.Columns} FROM devices{query.WhereClause} ORDER BY mac");
        return ReadAll(command);
    });

    public DeviceRow? Get(string id) => database.Read(c => GetById(c, id));

    /// <summary>
    /// Applies <paramref name="change"/> to the stored device inside one write transaction, then
    /// <paramref name="record"/> (before, after) in the same transaction: the events the change causes.
    /// </summary>
    public DeviceRow? Update(string id, Func<DeviceRow, DeviceRow> change, Action<SqliteConnection, DeviceRow, DeviceRow>? record = null) => database.Write(c =>
    {
        var current = GetById(c, id);
        if (current is null)
        {
            return null;
        }

        var updated = change(current);
        Save(c, updated);
        record?.Invoke(c, current, updated);
        return updated;
    });

    public (long Inventory, long Assigned, long Connected) OrgCounts(string orgId) => database.Read(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), COUNT(site_id), COALESCE(SUM(CASE WHEN site_id IS NOT NULL AND connected = 1 THEN 1 ELSE 0 END), 0)
            FROM devices WHERE org_id = @org_id
            """;
        command.Parameters.AddWithValue("@org_id", orgId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    });

    internal static DeviceRow? GetById(SqliteConnection c, string id)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT {DeviceRow.Columns} FROM devices WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        var rows = ReadAll(command);
        return rows.Count == 0 ? null : rows[0];
    }

    internal static List<DeviceRow> Where(SqliteConnection c, string column, string value)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT {DeviceRow.Columns} FROM devices WHERE {column} = @value";
        command.Parameters.AddWithValue("@value", value);
        return ReadAll(command);
    }

    internal static void Save(SqliteConnection c, DeviceRow d)
    {
        using var command = c.CreateCommand();
        command.CommandText = """
            UPDATE devices SET org_id = @org_id, site_id = @site_id, name = @name, connected = @connected,
                locating = @locating, booted_at = @booted_at, last_seen = @last_seen, created_time = @created_time,
                modified_time = @modified_time, config = @config
            WHERE id = @id
            """;
        command.Parameters.AddWithValue("@id", d.Id);
        command.Parameters.AddWithValue("@org_id", (object?)d.OrgId ?? DBNull.Value);
        command.Parameters.AddWithValue("@site_id", (object?)d.SiteId ?? DBNull.Value);
        command.Parameters.AddWithValue("@name", (object?)d.Name ?? DBNull.Value);
        command.Parameters.AddWithValue("@connected", d.Connected ? 1 : 0);
        command.Parameters.AddWithValue("@locating", d.Locating ? 1 : 0);
        command.Parameters.AddWithValue("@booted_at", d.BootedAt);
        command.Parameters.AddWithValue("@last_seen", d.LastSeen);
        command.Parameters.AddWithValue("@created_time", d.CreatedTime);
        command.Parameters.AddWithValue("@modified_time", d.ModifiedTime);
        command.Parameters.AddWithValue("@config", d.Config);
        command.ExecuteNonQuery();
    }

    private static List<DeviceRow> ReadAll(SqliteCommand command)
    {
        var rows = new List<DeviceRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(DeviceRow.Read(reader));
        }

        return rows;
    }
}

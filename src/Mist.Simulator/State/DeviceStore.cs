using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>Reads and writes devices (the org inventory, site devices and their live state).</summary>
internal sealed class DeviceStore(Database database)
{
    /// <summary>One page in <c>orderBy</c> order: a column (optionally DESC) from the caller's allow-list, never client text.</summary>
    public (List<DeviceRow> Rows, long Total) Page(DeviceFilter filter, int limit, int offset, string orderBy = "mac") => database.Read(c =>
    {
        var query = filter.ToQuery();
        var total = query.Count(c, "devices");
        // A deferred join: the offset is walked in the (org_id|site_id, type, mac) index, and only the page's rows are read.
        using var command = query.Command(c, $"""
            SELECT {DeviceRow.Columns} FROM devices WHERE rowid IN (
                SELECT rowid FROM devices{query.WhereClause} ORDER BY {orderBy}, mac LIMIT @limit OFFSET @offset)
            ORDER BY {orderBy}, mac
            """);
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@offset", offset);
        return (ReadAll(command), total);
    });

    public (List<DeviceRow> Rows, long Total) Search(DeviceFilter filter, SearchOrder order, SearchCursor? after, int limit) => database.Read(c =>
    {
        var query = filter.ToQuery();
        var total = query.Count(c, "devices");
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

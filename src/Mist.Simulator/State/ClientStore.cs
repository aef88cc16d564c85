using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>
/// Reads wireless clients: the connected ones of a site or AP (stats) and searches over an org or site, each after the
/// roams due by now (<see cref="ClientRoamer"/>).
/// </summary>
internal sealed class ClientStore(Database database, ClientRoamer roamer)
{
    /// <summary>The clients connected on the site (or on one of its APs), by MAC, at most <paramref name="limit"/>.</summary>
    public List<ClientRow> Connected(string siteId, string? apId, int limit)
    {
        roamer.Settle();
        return ConnectedNow(siteId, apId, limit);
    }

    public ClientRow? Get(string mac)
    {
        roamer.Settle();
        return database.Read(c => Find(c, mac));
    }

    /// <summary>
    /// The clients connected on each of <paramref name="devices"/>' APs, by device id (an AP without any: absent), read
    /// per site; null when the state has no client at all (not seeded with wireless), so that stats keep their own count.
    /// </summary>
    public IReadOnlyDictionary<string, int>? ConnectedPerAp(IReadOnlyCollection<DeviceRow> devices)
    {
        roamer.Settle();
        return ConnectedPerApNow(devices);
    }

    public (List<ClientRow> Rows, long Total) Search(SqlQuery query, SearchOrder order, SearchCursor? after, int limit)
    {
        roamer.Settle();
        return SearchNow(query, order, after, limit);
    }

    private List<ClientRow> ConnectedNow(string siteId, string? apId, int limit) => database.Read(c =>
    {
        var query = new SqlQuery().Where("site_id = @site_id", ("@site_id", siteId)).Where("connected = 1");
        if (apId is not null) query.Where("ap_id = @ap_id", ("@ap_id", apId));
        using var command = query.Command(c, $"SELECT {ClientRow.Columns} FROM clients{query.WhereClause} ORDER BY mac LIMIT @limit");
        command.Parameters.AddWithValue("@limit", limit);
        return ReadAll(command);
    });

    private IReadOnlyDictionary<string, int>? ConnectedPerApNow(IReadOnlyCollection<DeviceRow> devices) => database.Read<IReadOnlyDictionary<string, int>?>(c =>
    {
        using (var any = c.CreateCommand())
        {
            any.CommandText = "SELECT EXISTS (SELECT 1 FROM clients)";
            if (Convert.ToInt64(any.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = c.CreateCommand();
        command.CommandText = "SELECT ap_id, COUNT(*) FROM clients WHERE site_id = @site_id AND connected = 1 GROUP BY ap_id";
        var site = command.Parameters.Add("@site_id", SqliteType.Text);
        foreach (var siteId in devices.Where(d => d.Type == "ap").Select(d => d.SiteId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            site.Value = siteId;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        return counts;
    });

    private (List<ClientRow> Rows, long Total) SearchNow(SqlQuery query, SearchOrder order, SearchCursor? after, int limit) => database.Read(c =>
    {
        var total = query.CachedCount(database, c, "clients");
        if (after is not null)
        {
            query.Where(order.After, ("@after_key", after.Key), ("@after_tie", after.TieBreak));
        }

        using var command = query.Command(c, $"SELECT {ClientRow.Columns} FROM clients{query.WhereClause}{order.OrderBy} LIMIT @limit");
        command.Parameters.AddWithValue("@limit", limit);
        return (ReadAll(command), total);
    });

    internal static ClientRow? Find(SqliteConnection c, string mac)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT {ClientRow.Columns} FROM clients WHERE mac = @mac";
        command.Parameters.AddWithValue("@mac", mac);
        var rows = ReadAll(command);
        return rows.Count == 0 ? null : rows[0];
    }

    internal static List<ClientRow> OnAp(SqliteConnection c, string apId)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT {ClientRow.Columns} FROM clients WHERE ap_id = @ap_id AND connected = 1 ORDER BY mac";
        command.Parameters.AddWithValue("@ap_id", apId);
        return ReadAll(command);
    }

    private static List<ClientRow> ReadAll(SqliteCommand command)
    {
        var rows = new List<ClientRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(ClientRow.Read(reader));
        }

        return rows;
    }
}

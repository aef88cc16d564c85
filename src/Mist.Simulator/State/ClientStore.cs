using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>Reads wireless clients: the connected ones of a site or AP (stats) and searches over an org or site.</summary>
internal sealed class ClientStore(Database database)
{
    /// <summary>The clients connected on the site (or on one of its APs), by MAC, at most <paramref name="limit"/>.</summary>
    public List<ClientRow> Connected(string siteId, string? apId, int limit) => database.Read(c =>
    {
        var query = new SqlQuery().Where("site_id = @site_id", ("@site_id", siteId)).Where("connected = 1");
        if (apId is not null) query.Where("ap_id = @ap_id", ("@ap_id", apId));
        using var command = query.Command(c, $"SELECT {ClientRow.Columns} FROM clients{query.WhereClause} ORDER BY mac LIMIT @limit");
        command.Parameters.AddWithValue("@limit", limit);
        return ReadAll(command);
    });

    public ClientRow? Get(string mac) => database.Read(c => Find(c, mac));

    public (List<ClientRow> Rows, long Total) Search(SqlQuery query, SearchOrder order, SearchCursor? after, int limit) => database.Read(c =>
    {
        var total = query.Count(c, "clients");
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

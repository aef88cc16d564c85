using System.Text.Json.Nodes;

namespace Mist.Simulator.State;

/// <summary>
/// The org's named configuration objects that sites refer to by id (templates, security policies, site groups),
/// one table for every kind: what they contain does not matter to the simulator, only their id and name.
/// </summary>
internal sealed class OrgObjectStore(Database database)
{
    public (List<string> Items, long Total) Page(string orgId, string kind, int limit, int offset) => database.Read(c =>
    {
        var query = new SqlQuery().Where("org_id = @org_id AND kind = @kind", ("@org_id", orgId), ("@kind", kind));
        var total = query.Count(c, "org_objects");
        using var command = query.Command(c, $"SELECT data FROM org_objects{query.WhereClause} ORDER BY created_time, id LIMIT @limit OFFSET @offset");
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

    public void Insert(string kind, JsonObject item) => database.Write(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO org_objects (id, org_id, kind, created_time, data) VALUES (@id, @org_id, @kind, @created_time, @data)";
        command.Parameters.AddWithValue("@id", (string)item["id"]!);
        command.Parameters.AddWithValue("@org_id", (string)item["org_id"]!);
        command.Parameters.AddWithValue("@kind", kind);
        command.Parameters.AddWithValue("@created_time", (double)item["created_time"]!);
        command.Parameters.AddWithValue("@data", item.ToJsonString());
        return command.ExecuteNonQuery();
    });
}

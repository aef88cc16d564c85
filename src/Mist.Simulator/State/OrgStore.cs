using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>Reads and writes orgs, stored as the JSON objects clients see.</summary>
internal sealed class OrgStore(Database database)
{
    public JsonObject? Get(string orgId) => database.Read(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT data FROM orgs WHERE id = @id";
        command.Parameters.AddWithValue("@id", orgId);
        return command.ExecuteScalar() is string json ? JsonNode.Parse(json)!.AsObject() : null;
    });

    public List<string> ListByMsp(string mspId) => database.Read(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT data FROM orgs WHERE msp_id = @msp_id ORDER BY json_extract(data, '$.created_time'), id";
        command.Parameters.AddWithValue("@msp_id", mspId);
        var list = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    });

    public JsonObject? Update(string orgId, Func<JsonObject, JsonObject> change) => database.Write(c =>
    {
        using var read = c.CreateCommand();
        read.CommandText = "SELECT data FROM orgs WHERE id = @id";
        read.Parameters.AddWithValue("@id", orgId);
        if (read.ExecuteScalar() is not string json)
        {
            return null;
        }

        var updated = change(JsonNode.Parse(json)!.AsObject());
        using var write = c.CreateCommand();
        write.CommandText = "UPDATE orgs SET data = @data WHERE id = @id";
        write.Parameters.AddWithValue("@id", orgId);
        write.Parameters.AddWithValue("@data", updated.ToJsonString());
        write.ExecuteNonQuery();
        return updated;
    });

    /// <summary>The org's setting: stored once changed, else the one every org starts with (its org and times).</summary>
    public JsonObject? GetSetting(string orgId) => database.Read(c => ReadSetting(c, orgId));

    /// <summary>Merge-updates the org's setting (created on first write); null when there is no such org.</summary>
    public JsonObject? UpdateSetting(string orgId, Func<JsonObject, JsonObject> change) => database.Write(c =>
    {
        if (ReadSetting(c, orgId) is not { } current)
        {
            return null;
        }

        var updated = change(current);
        using var write = c.CreateCommand();
        write.CommandText = "INSERT INTO org_settings (org_id, data) VALUES (@id, @data) ON CONFLICT (org_id) DO UPDATE SET data = excluded.data";
        write.Parameters.AddWithValue("@id", orgId);
        write.Parameters.AddWithValue("@data", updated.ToJsonString());
        write.ExecuteNonQuery();
        return updated;
    });

    private static JsonObject? ReadSetting(SqliteConnection c, string orgId)
    {
        using var read = c.CreateCommand();
        read.CommandText = "SELECT data FROM org_settings WHERE org_id = @id";
        read.Parameters.AddWithValue("@id", orgId);
        if (read.ExecuteScalar() is string stored)
        {
            return JsonNode.Parse(stored)!.AsObject();
        }

        using var org = c.CreateCommand();
        org.CommandText = "SELECT data FROM orgs WHERE id = @id";
        org.Parameters.AddWithValue("@id", orgId);
        if (org.ExecuteScalar() is not string json)
        {
            return null;
        }

        var created = JsonNode.Parse(json)!["created_time"]?.DeepClone();
        return new JsonObject { ["org_id"] = orgId, ["created_time"] = created, ["modified_time"] = created?.DeepClone() };
    }

    internal static void Insert(SqliteConnection c, JsonObject org)
    {
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO orgs (id, msp_id, data) VALUES (@id, @msp_id, @data)";
        command.Parameters.AddWithValue("@id", (string)org["id"]!);
        command.Parameters.AddWithValue("@msp_id", (object?)(string?)org["msp_id"] ?? DBNull.Value);
        command.Parameters.AddWithValue("@data", org.ToJsonString());
        command.ExecuteNonQuery();
    }
}

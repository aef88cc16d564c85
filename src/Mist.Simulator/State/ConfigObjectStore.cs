using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Mist.Simulator.Collections;

namespace Mist.Simulator.State;

/// <summary>
/// The objects of every configuration collection, as JSON documents in one table keyed by collection and owner (the
/// org, site or MSP id in the path): what they contain is the spec's business, checked on the way in.
/// </summary>
internal sealed class ConfigObjectStore(Database database)
{
    private const string Owned = "scope = @scope AND owner_id = @owner AND collection = @collection";

    public (List<string> Items, long Total) Page(ConfigCollection collection, string ownerId, int limit, int offset) => database.Read(c =>
    {
        using var count = Command(c, $"SELECT COUNT(*) FROM config_objects WHERE {Owned}", collection, ownerId);
        var total = (long)count.ExecuteScalar()!;
        using var command = Command(c, $"SELECT data FROM config_objects WHERE {Owned} ORDER BY created_time, id LIMIT @limit OFFSET @offset", collection, ownerId);
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@offset", offset);
        return (ReadAll(command), total);
    });

    public List<string> All(ConfigCollection collection, string ownerId) => database.Read(c =>
    {
        using var command = Command(c, $"SELECT data FROM config_objects WHERE {Owned} ORDER BY created_time, id", collection, ownerId);
        return ReadAll(command);
    });

    public JsonObject? Get(ConfigCollection collection, string ownerId, string id) => database.Read(c => Find(c, collection, ownerId, id));

    public void Insert(ConfigCollection collection, string ownerId, JsonObject item) => database.Write(c =>
    {
        using var command = Command(c, "INSERT INTO config_objects (id, scope, owner_id, collection, created_time, data) VALUES (@id, @scope, @owner, @collection, @created_time, @data)", collection, ownerId);
        command.Parameters.AddWithValue("@id", (string)item["id"]!);
        command.Parameters.AddWithValue("@created_time", (double)item["created_time"]!);
        command.Parameters.AddWithValue("@data", item.ToJsonString());
        return command.ExecuteNonQuery();
    });

    /// <summary>Applies <paramref name="change"/> to the stored object and returns it, or null when there is no such object.</summary>
    public JsonObject? Update(ConfigCollection collection, string ownerId, string id, Func<JsonObject, JsonObject> change) => database.Write(c =>
    {
        if (Find(c, collection, ownerId, id) is not { } current)
        {
            return null;
        }

        var updated = change(current);
        using var command = Command(c, $"UPDATE config_objects SET data = @data WHERE id = @id AND {Owned}", collection, ownerId);
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@data", updated.ToJsonString());
        command.ExecuteNonQuery();
        return updated;
    });

    public bool Delete(ConfigCollection collection, string ownerId, string id) => database.Write(c =>
    {
        using var command = Command(c, $"DELETE FROM config_objects WHERE id = @id AND {Owned}", collection, ownerId);
        command.Parameters.AddWithValue("@id", id);
        return command.ExecuteNonQuery() > 0;
    });

    private static JsonObject? Find(SqliteConnection c, ConfigCollection collection, string ownerId, string id)
    {
        using var command = Command(c, $"SELECT data FROM config_objects WHERE id = @id AND {Owned}", collection, ownerId);
        command.Parameters.AddWithValue("@id", id);
        return command.ExecuteScalar() is string data ? JsonNode.Parse(data)!.AsObject() : null;
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, ConfigCollection collection, string ownerId)
    {
        var command = c.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@scope", collection.Scope);
        command.Parameters.AddWithValue("@owner", ownerId);
        command.Parameters.AddWithValue("@collection", collection.Segment);
        return command;
    }

    private static List<string> ReadAll(SqliteCommand command)
    {
        var items = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(reader.GetString(0));
        }

        return items;
    }
}

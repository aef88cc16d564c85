using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>Reads and writes sites and their settings, stored as the JSON objects clients see.</summary>
internal sealed class SiteStore(Database database)
{
    public (List<string> Sites, long Total) Page(string orgId, int limit, int offset) => database.Read(c =>
    {
        var query = new SqlQuery().Where("org_id = @org_id", ("@org_id", orgId));
        var total = query.Count(c, "sites");
        using var command = query.Command(c, $"SELECT data FROM sites{query.WhereClause} ORDER BY created_time, id LIMIT @limit OFFSET @offset");
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@offset", offset);
        return (ReadStrings(command), total);
    });

    /// <summary>The ids of an org's sites, in listing order.</summary>
    public List<string> Ids(string orgId) => database.Read(c =>
    {
        var query = new SqlQuery().Where("org_id = @org_id", ("@org_id", orgId));
        using var command = query.Command(c, $"SELECT id FROM sites{query.WhereClause} ORDER BY created_time, id");
        return ReadStrings(command);
    });

    /// <summary>One search page: each site with its setting, for the search item's flags.</summary>
    public (List<(JsonObject Site, JsonObject Setting)> Rows, long Total) Search(
        SqlQuery query, SearchOrder order, SearchCursor? after, int limit) => database.Read(c =>
    {
        var total = query.CachedCount(database, c, "sites");
        if (after is not null)
        {
            query.Where(order.After, ("@after_key", after.Key), ("@after_tie", after.TieBreak));
        }

        using var command = query.Command(c,
            $"SELECT sites.data, site_settings.data FROM sites JOIN site_settings ON site_settings.site_id = sites.id{query.WhereClause}{order.OrderBy} LIMIT @limit");
        command.Parameters.AddWithValue("@limit", limit);
        var rows = new List<(JsonObject, JsonObject)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((Parse(reader.GetString(0)), Parse(reader.GetString(1))));
        }

        return (rows, total);
    });

    public JsonObject? Get(string siteId) => database.Read(c => GetData(c, "SELECT data FROM sites WHERE id = @id", siteId));

    public JsonObject? GetSetting(string siteId) =>
        database.Read(c => GetData(c, "SELECT data FROM site_settings WHERE site_id = @id", siteId));

    public void Insert(JsonObject site, JsonObject setting) => database.Write(c =>
    {
        Insert(c, site, setting);
        return 0;
    });

    /// <summary>Merges <paramref name="change"/> into the stored site in one transaction; null when it is gone.</summary>
    public JsonObject? Update(string siteId, Func<JsonObject, JsonObject> change) =>
        Update("sites", "id", siteId, change, (c, site) =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "UPDATE sites SET name = @name, country_code = @country_code, data = @data WHERE id = @id";
            command.Parameters.AddWithValue("@id", siteId);
            command.Parameters.AddWithValue("@name", (string?)site["name"] ?? "");
            command.Parameters.AddWithValue("@country_code", (object?)(string?)site["country_code"] ?? DBNull.Value);
            command.Parameters.AddWithValue("@data", site.ToJsonString());
            command.ExecuteNonQuery();
        });

    public JsonObject? UpdateSetting(string siteId, Func<JsonObject, JsonObject> change) =>
        Update("site_settings", "site_id", siteId, change, (c, setting) =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "UPDATE site_settings SET data = @data WHERE site_id = @id";
            command.Parameters.AddWithValue("@id", siteId);
            command.Parameters.AddWithValue("@data", setting.ToJsonString());
            command.ExecuteNonQuery();
        });

    /// <summary>Deletes a site, its setting and its configuration objects; its devices stay in the org inventory, unassigned (as in Mist).</summary>
    public bool Delete(string siteId, double now) => database.Write(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = """
            UPDATE devices SET site_id = NULL, locating = 0, modified_time = @now WHERE site_id = @id;
            DELETE FROM site_settings WHERE site_id = @id;
            DELETE FROM config_objects WHERE scope = 'sites' AND owner_id = @id;
            DELETE FROM sites WHERE id = @id;
            """;
        command.Parameters.AddWithValue("@id", siteId);
        command.Parameters.AddWithValue("@now", now);
        command.ExecuteNonQuery();
        return c.Changes() > 0;
    });

    public long Count(string orgId) => database.Read(c => new SqlQuery().Where("org_id = @org_id", ("@org_id", orgId)).Count(c, "sites"));

    internal static void Insert(SqliteConnection c, JsonObject site, JsonObject setting)
    {
        using var command = c.CreateCommand();
        command.CommandText = """
            INSERT INTO sites (id, org_id, name, country_code, created_time, data) VALUES (@id, @org_id, @name, @country_code, @created_time, @data);
            INSERT INTO site_settings (site_id, data) VALUES (@id, @setting);
            """;
        command.Parameters.AddWithValue("@id", (string)site["id"]!);
        command.Parameters.AddWithValue("@org_id", (string)site["org_id"]!);
        command.Parameters.AddWithValue("@name", (string)site["name"]!);
        command.Parameters.AddWithValue("@country_code", (object?)(string?)site["country_code"] ?? DBNull.Value);
        command.Parameters.AddWithValue("@created_time", (double)site["created_time"]!);
        command.Parameters.AddWithValue("@data", site.ToJsonString());
        command.Parameters.AddWithValue("@setting", setting.ToJsonString());
        command.ExecuteNonQuery();
    }

    private JsonObject? Update(string table, string key, string id, Func<JsonObject, JsonObject> change, Action<SqliteConnection, JsonObject> save) =>
        database.Write(c =>
        {
            var current = GetData(c, $"SELECT data FROM {table} WHERE {key} = @id", id);
            if (current is null)
            {
                return null;
            }

            var updated = change(current);
            save(c, updated);
            return updated;
        });

    private static JsonObject? GetData(SqliteConnection c, string sql, string id)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", id);
        return command.ExecuteScalar() is string json ? Parse(json) : null;
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static List<string> ReadStrings(SqliteCommand command)
    {
        var list = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}

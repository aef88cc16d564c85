using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>
/// What the simulated network reports about itself, written in the same transaction as the change it describes:
/// device events (<c>AP_RESTART_BY_USER</c>, <c>SW_ASSIGNED</c>, ...), wireless client events, alarms raised and
/// cleared by device state (<c>device_down</c> while a device is disconnected) and the org's audit log of writes.
/// </summary>
internal static class ActivityLog
{
    public const string DeviceDown = "device_down";

    /// <summary>The prefix Mist gives a device type's event types: AP_, SW_ or GW_.</summary>
    public static string EventPrefix(string deviceType) => deviceType switch { "switch" => "SW_", "gateway" => "GW_", _ => "AP_" };

    /// <summary>Records a device event; <paramref name="what"/> is the type without its device prefix (<c>RESTART_BY_USER</c>).</summary>
    public static void DeviceEvent(SqliteConnection c, DeviceRow device, string what, string text, double timestamp, EventInserter? inserter = null)
    {
        if (device.OrgId is null)
        {
            return;
        }

        var type = EventPrefix(device.Type) + what;
        var data = new JsonObject
        {
            ["mac"] = device.Mac,
            ["device_type"] = device.Type,
            ["type"] = type,
            ["text"] = text,
            ["timestamp"] = timestamp,
            ["org_id"] = device.OrgId,
            ["site_id"] = device.SiteId,
        };
        if (device.Type == "ap")
        {
            data["ap"] = device.Mac;
            data["apfw"] = device.Version;
        }

        (inserter ?? new EventInserter(c)).Insert("device", device.OrgId, device.SiteId, device.Mac, type, timestamp, data, dispose: inserter is null);
    }

    /// <summary>Records a wireless client event (<c>CLIENT_ASSOCIATION</c>, <c>CLIENT_DISASSOCIATION</c>, ...) at the client's AP.</summary>
    public static void ClientEvent(SqliteConnection c, ClientRow client, string type, string text, double timestamp, EventInserter? inserter = null)
    {
        var data = new JsonObject
        {
            ["mac"] = client.Mac,
            ["type"] = type,
            ["text"] = text,
            ["timestamp"] = timestamp,
            ["ap"] = client.ApMac,
            ["bssid"] = client.ApMac[..11] + (client.Band == "5" ? "1" : client.Band == "6" ? "2" : "0"),
            ["band"] = client.Band,
            ["channel"] = client.Channel,
            ["ssid"] = client.Ssid,
            ["wlan_id"] = client.WlanId,
            ["org_id"] = client.OrgId,
            ["site_id"] = client.SiteId,
        };
        (inserter ?? new EventInserter(c)).Insert("client", client.OrgId, client.SiteId, client.Mac, type, timestamp, data, dispose: inserter is null);
    }

    /// <summary>Records an audit log entry: who changed what (<c>message</c>), with the object before and after.</summary>
    public static void Audit(
        SqliteConnection c, string orgId, string? siteId, Wire.ApiToken? admin, string message, double timestamp,
        JsonNode? before = null, JsonNode? after = null, string? id = null)
    {
        var adminName = admin is null ? "Mist" : admin.IsOrgToken ? $"Token {admin.Name}" : $"{admin.FirstName} {admin.LastName}".Trim();
        var entryId = id ?? Guid.NewGuid().ToString();
        var data = new JsonObject
        {
            ["id"] = entryId,
            ["org_id"] = orgId,
            ["site_id"] = siteId ?? "00000000-0000-0000-0000-000000000000",
            ["admin_id"] = admin?.AdminId ?? "00000000-0000-0000-0000-000000000000",
            ["admin_name"] = adminName,
            ["message"] = message,
            ["timestamp"] = timestamp,
            ["for_site"] = siteId is not null,
        };
        if (before is not null) data["before"] = before.DeepClone();
        if (after is not null) data["after"] = after.DeepClone();
        using var command = c.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_logs (id, org_id, site_id, admin_name, message, timestamp, data)
            VALUES (@id, @org_id, @site_id, @admin_name, @message, @timestamp, @data)
            """;
        command.Parameters.AddWithValue("@id", entryId);
        command.Parameters.AddWithValue("@org_id", orgId);
        command.Parameters.AddWithValue("@site_id", (object?)siteId ?? DBNull.Value);
        command.Parameters.AddWithValue("@admin_name", adminName);
        command.Parameters.AddWithValue("@message", message);
        command.Parameters.AddWithValue("@timestamp", timestamp);
        command.Parameters.AddWithValue("@data", data.ToJsonString());
        command.ExecuteNonQuery();
    }

    /// <summary>Raises an alarm of <paramref name="type"/> about one device (no-op when one is already open for it).</summary>
    public static void RaiseDeviceAlarm(
        SqliteConnection c, DeviceRow device, string type, string group, string severity, double timestamp, string? id = null)
    {
        if (device.OrgId is null || device.SiteId is null || OpenAlarm(c, device.Id, type) is not null)
        {
            return;
        }

        var alarmId = id ?? Guid.NewGuid().ToString();
        var data = new JsonObject
        {
            ["id"] = alarmId,
            ["org_id"] = device.OrgId,
            ["site_id"] = device.SiteId,
            ["type"] = type,
            ["group"] = group,
            ["severity"] = severity,
            ["count"] = 1,
            ["timestamp"] = timestamp,
            ["last_seen"] = timestamp,
            ["acked"] = false,
            ["status"] = "open",
            ["hostnames"] = new JsonArray(device.Name ?? device.Mac),
        };
        data[device.Type switch { "switch" => "switches", "gateway" => "gateways", _ => "aps" }] = new JsonArray(device.Mac);
        using var command = c.CreateCommand();
        command.CommandText = """
            INSERT INTO alarms (id, org_id, site_id, type, severity, grp, device_id, open, acked, timestamp, data)
            VALUES (@id, @org_id, @site_id, @type, @severity, @grp, @device_id, 1, 0, @timestamp, @data)
            """;
        command.Parameters.AddWithValue("@id", alarmId);
        command.Parameters.AddWithValue("@org_id", device.OrgId);
        command.Parameters.AddWithValue("@site_id", device.SiteId);
        command.Parameters.AddWithValue("@type", type);
        command.Parameters.AddWithValue("@severity", severity);
        command.Parameters.AddWithValue("@grp", group);
        command.Parameters.AddWithValue("@device_id", device.Id);
        command.Parameters.AddWithValue("@timestamp", timestamp);
        command.Parameters.AddWithValue("@data", data.ToJsonString());
        command.ExecuteNonQuery();
    }

    /// <summary>Resolves the device's open alarm of <paramref name="type"/>, if any.</summary>
    public static void ClearDeviceAlarm(SqliteConnection c, string deviceId, string type, double timestamp)
    {
        if (OpenAlarm(c, deviceId, type) is not { } alarm)
        {
            return;
        }

        alarm["status"] = "resolved";
        alarm["resolved_time"] = (long)timestamp;
        alarm["last_seen"] = timestamp;
        using var command = c.CreateCommand();
        command.CommandText = "UPDATE alarms SET open = 0, data = @data WHERE id = @id";
        command.Parameters.AddWithValue("@id", (string)alarm["id"]!);
        command.Parameters.AddWithValue("@data", alarm.ToJsonString());
        command.ExecuteNonQuery();
    }

    /// <summary>Marks the alarms acknowledged by <paramref name="admin"/>; returns the ids found in the scope (<paramref name="scopeColumn"/> = <paramref name="scopeId"/>).</summary>
    public static List<string> Ack(SqliteConnection c, string scopeColumn, string scopeId, IReadOnlyList<string> ids, Wire.ApiToken admin, string? note, double timestamp)
    {
        var adminName = admin.IsOrgToken ? $"Token {admin.Name}" : $"{admin.FirstName} {admin.LastName}".Trim();
        var acked = new List<string>();
        foreach (var id in ids)
        {
            using var select = c.CreateCommand();
            select.CommandText = $"SELECT data FROM alarms WHERE id = @id AND {scopeColumn} = @scope";
            select.Parameters.AddWithValue("@id", id);
            select.Parameters.AddWithValue("@scope", scopeId);
            if (select.ExecuteScalar() is not string text)
            {
                continue;
            }

            var alarm = JsonNode.Parse(text)!.AsObject();
            alarm["acked"] = true;
            alarm["acked_time"] = (long)timestamp;
            alarm["ack_admin_name"] = adminName;
            alarm["ack_admin_id"] = admin.AdminId ?? "00000000-0000-0000-0000-000000000000";
            if (note is not null) alarm["note"] = note;
            using var update = c.CreateCommand();
            update.CommandText = "UPDATE alarms SET acked = 1, ack_admin_name = @admin, data = @data WHERE id = @id";
            update.Parameters.AddWithValue("@id", id);
            update.Parameters.AddWithValue("@admin", adminName);
            update.Parameters.AddWithValue("@data", alarm.ToJsonString());
            update.ExecuteNonQuery();
            acked.Add(id);
        }

        return acked;
    }

    private static JsonObject? OpenAlarm(SqliteConnection c, string deviceId, string type)
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT data FROM alarms WHERE device_id = @device_id AND open = 1 AND type = @type";
        command.Parameters.AddWithValue("@device_id", deviceId);
        command.Parameters.AddWithValue("@type", type);
        return command.ExecuteScalar() is string text ? JsonNode.Parse(text)!.AsObject() : null;
    }
}

/// <summary>
/// Inserts events with one prepared statement: the seeder writes hundreds of thousands in its transaction. The id is
/// the insertion sequence, zero-padded: events of one instant keep the order they happened in (it is the tie-break of
/// the search order and its cursor). Events have no id on the wire.
/// </summary>
internal sealed class EventInserter : IDisposable
{
    private readonly SqliteCommand _command;

    public EventInserter(SqliteConnection c)
    {
        _command = c.CreateCommand();
        _command.CommandText = """
            INSERT INTO events (id, kind, org_id, site_id, mac, type, timestamp, data)
            VALUES (printf('%016d', (SELECT IFNULL(MAX(rowid), 0) + 1 FROM events)), @kind, @org_id, @site_id, @mac, @type, @timestamp, @data)
            """;
        foreach (var name in new[] { "@kind", "@org_id", "@site_id", "@mac", "@type", "@timestamp", "@data" })
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _command.Prepare();
    }

    public void Insert(string kind, string orgId, string? siteId, string mac, string type, double timestamp, System.Text.Json.Nodes.JsonObject data, bool dispose = false)
    {
        object?[] values = [kind, orgId, siteId, mac, type, timestamp, data.ToJsonString()];
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        if (dispose)
        {
            Dispose();
        }
    }

    public void Dispose() => _command.Dispose();
}

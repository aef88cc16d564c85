using System.Buffers;
using System.Text.Json;
using Mist.Simulator.Firmware;
using Mist.Simulator.State;

namespace Mist.Simulator.Wire;

/// <summary>
/// Writes the four views of a stored device straight to UTF-8, field sets per the spec: <c>inventory</c>,
/// <c>device_ap|switch|gateway</c> (config), <c>stats_ap|switch|gateway</c> and <c>ap_search|switch_search|gateway_search</c>.
/// Fields the schema does not declare nullable are left out when they have no value.
/// </summary>
internal static class DeviceJson
{
    public static byte[] Array(IReadOnlyList<DeviceRow> rows, Action<Utf8JsonWriter, DeviceRow> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + rows.Count * 400);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteArray(writer, rows, write);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the rows as one JSON array, each in the view <paramref name="write"/> gives.</summary>
    public static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<DeviceRow> rows, Action<Utf8JsonWriter, DeviceRow> write)
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            write(writer, row);
        }

        writer.WriteEndArray();
    }

    public static byte[] One(DeviceRow row, Action<Utf8JsonWriter, DeviceRow> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, row);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Inventory(Utf8JsonWriter w, DeviceRow d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("mac", d.Mac);
        w.WriteString("serial", d.Serial);
        w.WriteString("model", d.Model);
        w.WriteString("sku", d.Sku);
        w.WriteString("hw_rev", d.HwRev);
        w.WriteString("type", d.Type);
        if (d.Name is not null) w.WriteString("name", d.Name);
        w.WriteString("magic", d.Magic);
        w.WriteString("org_id", d.OrgId);
        if (d.SiteId is not null) w.WriteString("site_id", d.SiteId);
        w.WriteNull("deviceprofile_id");
        w.WriteBoolean("connected", d.SiteId is not null && d.Connected);
        if (d.Type != "ap") w.WriteBoolean("adopted", true);
        w.WriteBoolean("jsi", false);
        w.WriteNumber("created_time", d.CreatedTime);
        w.WriteNumber("modified_time", d.ModifiedTime);
        w.WriteEndObject();
    }

    public static void Config(Utf8JsonWriter w, DeviceRow d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        if (d.Name is not null) w.WriteString("name", d.Name);
        w.WriteString("type", d.Type);
        w.WriteString("mac", d.Mac);
        w.WriteString("serial", d.Serial);
        w.WriteString("model", d.Model);
        if (d.SiteId is not null) w.WriteString("site_id", d.SiteId);
        w.WriteString("org_id", d.OrgId);
        w.WriteNumber("created_time", d.CreatedTime);
        w.WriteNumber("modified_time", d.ModifiedTime);
        using var config = JsonDocument.Parse(d.Config);
        foreach (var property in config.RootElement.EnumerateObject())
        {
            if (!SiteFields.DeviceReadOnly.Contains(property.Name) && property.Name != "name")
            {
                property.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The stats view. A device in an upgrade (<paramref name="upgrading"/>, by MAC) shows <c>upgrading</c> while it
    /// downloads and installs, <c>restarting</c> while it reboots, and its progress in <c>fwupdate</c>.
    /// </summary>
    /// <param name="now">The simulator's time, epoch seconds.</param>
    /// <param name="upgrading">The devices in an upgrade, by MAC.</param>
    /// <param name="clients">
    /// The connected clients of each AP, by device id (<c>ClientStore.ConnectedPerAp</c>): what the client stats list on
    /// it; null when no client was seeded, for a count of its own, stable per MAC.
    /// </param>
    public static Action<Utf8JsonWriter, DeviceRow> Stats(
        double now, IReadOnlyDictionary<string, (UpgradeStage Stage, int Progress)> upgrading, IReadOnlyDictionary<string, int>? clients = null) => (w, d) =>
    {
        var connected = d.Connected;
        var upgrade = upgrading.TryGetValue(d.Mac, out var found) ? found : ((UpgradeStage, int)?)null;
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("mac", d.Mac);
        if (d.Name is not null) w.WriteString("name", d.Name);
        w.WriteString("model", d.Model);
        w.WriteString("serial", d.Serial);
        w.WriteString("type", d.Type);
        w.WriteString("status", !connected ? "disconnected"
            : upgrade?.Item1 is UpgradeStage.Downloading or UpgradeStage.Upgrading ? "upgrading"
            : upgrade?.Item1 is UpgradeStage.Rebooting ? "restarting"
            : "connected");
        w.WriteString("ip", d.Ip);
        if (d.Type != "switch") w.WriteString("ext_ip", d.ExtIp);
        if (d.Type != "gateway") w.WriteString("hw_rev", d.HwRev);
        w.WriteString("version", d.Version);
        w.WriteNumber("uptime", connected ? Math.Floor(now - d.BootedAt) : 0);
        w.WriteNumber("last_seen", connected ? now : d.LastSeen);
        if (d.Type == "ap")
        {
            var onAp = !connected ? 0 : clients is null ? ClientsOf(d) : clients.GetValueOrDefault(d.Id);
            w.WriteNumber("num_clients", onAp);
            w.WriteBoolean("locating", d.Locating);
            if (connected)
            {
                RadioStats.Write(w, d.Mac, onAp);
            }
        }

        if (upgrade is { } u)
        {
            w.WriteStartObject("fwupdate");
            w.WriteNumber("progress", u.Item2);
            w.WriteString("status", u.Item1 == UpgradeStage.Queued ? "scheduled" : "inprogress");
            w.WriteNumber("timestamp", now);
            w.WriteBoolean("will_retry", false);
            w.WriteEndObject();
        }

        if (d.SiteId is not null) w.WriteString("site_id", d.SiteId);
        w.WriteString("org_id", d.OrgId);
        w.WriteNumber("created_time", d.CreatedTime);
        w.WriteNumber("modified_time", d.ModifiedTime);
        w.WriteEndObject();
    };

    public static Action<Utf8JsonWriter, DeviceRow> Search(double now) => (w, d) =>
    {
        w.WriteStartObject();
        w.WriteString("mac", d.Mac);
        w.WriteString("model", d.Model);
        w.WriteString("version", d.Version);
        w.WriteStartArray("hostname");
        if (d.Name is not null) w.WriteStringValue(d.Name);
        w.WriteStringValue(d.Mac);
        w.WriteEndArray();
        w.WriteString("last_hostname", d.Name ?? d.Mac);
        w.WriteString("ip", d.Ip);
        w.WriteString("ext_ip", d.ExtIp);
        if (d.SiteId is not null) w.WriteString("site_id", d.SiteId);
        w.WriteString("org_id", d.OrgId);
        w.WriteNumber("timestamp", d.LastSeen);
        w.WriteNumber("uptime", d.Connected ? (long)(now - d.BootedAt) : 0);
        w.WriteString("type", d.Type);
        if (d.Type == "ap")
        {
            w.WriteString("sku", d.Sku);
            w.WriteBoolean("power_constrained", false);
            w.WriteString("power_opmode", "");
            w.WriteString("mxtunnel_status", "down");
            w.WriteStartArray("wlans");
            w.WriteEndArray();
        }
        else
        {
            w.WriteBoolean("managed", true);
        }

        w.WriteEndObject();
    };

    /// <summary>A stable, plausible client count per AP.</summary>
    private static int ClientsOf(DeviceRow d) => (int)(Convert.ToUInt32(d.Mac[6..], 16) % 37);
}

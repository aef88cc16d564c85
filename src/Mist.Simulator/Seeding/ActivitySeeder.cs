using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Mist.Simulator.State;

namespace Mist.Simulator.Seeding;

/// <summary>
/// Seeds what the network has been reporting, after the orgs, sites and devices: a history of device events, open
/// <c>device_down</c> alarms for the disconnected devices (and a few resolved ones), an audit log of the sites'
/// creation and, with <see cref="SeedOptions.Wireless"/>, org and site WLANs with an org template on half the sites and
/// wireless clients on the connected APs. It draws from its own random sequence, so the rest of the seed is unchanged.
/// </summary>
internal static class ActivitySeeder
{
    private static readonly string[] s_people = ["alex", "sam", "jordan", "taylor", "morgan", "casey", "riley", "jamie", "robin", "drew", "kim", "lee"];
    private static readonly (string Os, string Maker, string Device, string Oui)[] s_kinds =
    [
        ("iOS", "Apple", "iphone", "f0989d"), ("macOS", "Apple", "macbook", "a4831e"), ("Android", "Samsung", "galaxy", "5c5181"),
        ("Windows", "Intel", "laptop", "3c2af4"), ("Android", "Google", "pixel", "f88fca"), ("ChromeOS", "Lenovo", "chromebook", "c8d9d2"),
    ];

    public static void Write(SqliteConnection c, SeedOptions options, int seed, double now, CancellationToken cancellationToken = default)
    {
        var random = new Random(unchecked((seed * 7919) + 17));
        // Clients roam from the seed's time on (the ticks before it are not caught up).
        MetaStore.Set(c, ClientRoamer.TickKey, ClientRoamer.TickOf(now).ToString(CultureInfo.InvariantCulture));
        var clientIndex = 0u;
        using var events = new EventInserter(c);
        foreach (var (orgId, sites) in OrgSites(c))
        {
            var siteWlans = options.Wireless ? SeedWlans(c, random, orgId, sites, now) : [];
            foreach (var (siteId, siteName, created) in sites)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ActivityLog.Audit(c, orgId, siteId, null, $"Add Site {siteName}", created, id: Seeder.NewId(random));
                foreach (var device in DeviceStore.Where(c, "site_id", siteId).OrderBy(d => d.Mac, StringComparer.Ordinal))
                {
                    SeedDevice(c, random, device, now, events);
                    if (options.Wireless && device.Type == "ap" && device.Connected)
                    {
                        for (var i = 0; i < options.ClientsPerAp; i++)
                        {
                            SeedClient(c, random, device, siteWlans[siteId], clientIndex++, now, events);
                        }
                    }
                }
            }
        }
    }

    private static void SeedDevice(SqliteConnection c, Random random, DeviceRow device, double now, EventInserter events)
    {
        var configured = now - random.Next(600, 20 * 3600);
        ActivityLog.DeviceEvent(c, device, "CONFIGURED", "Configuration applied", configured, events);
        if (device.Connected)
        {
            ActivityLog.DeviceEvent(c, device, "CONNECTED", "Connected to the cloud", device.BootedAt, events);
            if (random.Next(8) == 0)
            {
                // A past outage, over now: the alarm it raised is resolved.
                var down = now - random.Next(2 * 3600, 20 * 3600);
                ActivityLog.RaiseDeviceAlarm(c, device, ActivityLog.DeviceDown, "infrastructure", "critical", down, Seeder.NewId(random));
                ActivityLog.ClearDeviceAlarm(c, device.Id, ActivityLog.DeviceDown, down + random.Next(60, 1800));
            }
        }
        else
        {
            ActivityLog.DeviceEvent(c, device, "DISCONNECTED", "Disconnected from the cloud", device.LastSeen, events);
            ActivityLog.RaiseDeviceAlarm(c, device, ActivityLog.DeviceDown, "infrastructure", "critical", device.LastSeen, Seeder.NewId(random));
        }
    }

    private static void SeedClient(SqliteConnection c, Random random, DeviceRow ap, List<(string Id, string Ssid, bool Eap)> wlans, uint index, double now, EventInserter events)
    {
        var (os, maker, kind, oui) = s_kinds[random.Next(s_kinds.Length)];
        var person = s_people[random.Next(s_people.Length)];
        var wlan = wlans[random.Next(wlans.Count)];
        var bandRoll = random.Next(10);
        var band = bandRoll < 2 ? "24" : bandRoll < 8 ? "5" : "6";
        var channel = band switch { "24" => 1 + (5 * random.Next(3)), "5" => 36 + (4 * random.Next(8)), _ => 5 + (16 * random.Next(4)) };
        var rssi = -40 - random.Next(46);
        var connected = random.Next(10) != 0;
        var assoc = now - random.Next(60, 8 * 3600);
        var mac = oui + ((index * 0x9E3779B1u) & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
        var client = new ClientRow(
            mac, ap.OrgId!, ap.SiteId!, ap.Id, ap.Mac, wlan.Id, wlan.Ssid, band, channel,
            $"172.{16 + (index >> 16 & 0x0F)}.{index >> 8 & 0xFF}.{((index & 0xFF) == 0 ? 1 : index & 0xFF)}",
            $"{person}-{kind}-{index:x}", wlan.Eap ? $"{person}.{index:x}@example.com" : null, os, maker,
            rssi, rssi + 95 - random.Next(5), connected, assoc, connected ? now - random.Next(0, 30) : now - random.Next(3600, 20 * 3600));
        ClientRow.Save(c, client);
        ActivityLog.ClientEvent(c, client, "CLIENT_ASSOCIATION", $"Associated with {ap.Name ?? ap.Mac}", assoc, events);
        if (!connected)
        {
            ActivityLog.ClientEvent(c, client, "CLIENT_DISASSOCIATION", "Disassociated: left the network", client.LastSeen, events);
        }
    }

    /// <summary>
    /// An org template "Corporate Wi-Fi" with two org WLANs (Corp, 802.1X; Guest, open) applied to the even sites, and an
    /// IoT WLAN (PSK) on every site: the derived WLANs of an even site differ from its own. Returns each site's WLANs.
    /// </summary>
    private static Dictionary<string, List<(string Id, string Ssid, bool Eap)>> SeedWlans(
        SqliteConnection c, Random random, string orgId, List<(string Id, string Name, double Created)> sites, double now)
    {
        string orgName;
        using (var name = c.CreateCommand())
        {
            name.CommandText = "SELECT json_extract(data, '$.name') FROM orgs WHERE id = @id";
            name.Parameters.AddWithValue("@id", orgId);
            orgName = name.ExecuteScalar() as string ?? "Org";
        }

        var templateId = Seeder.NewId(random);
        var applied = sites.Where((_, i) => i % 2 == 0).Select(s => s.Id).ToList();
        Insert(c, "orgs", orgId, "templates", new JsonObject
        {
            ["id"] = templateId, ["org_id"] = orgId, ["name"] = "Corporate Wi-Fi",
            ["applies"] = new JsonObject { ["site_ids"] = new JsonArray([.. applied.Select(s => JsonValue.Create(s))]) },
            ["exceptions"] = new JsonObject(), ["created_time"] = now, ["modified_time"] = now,
        });
        var corp = Wlan(random, orgId, null, templateId, $"{orgName} Corp", "eap", 10, now);
        var guest = Wlan(random, orgId, null, templateId, $"{orgName} Guest", "open", 20, now);
        Insert(c, "orgs", orgId, "wlans", corp);
        Insert(c, "orgs", orgId, "wlans", guest);

        var result = new Dictionary<string, List<(string, string, bool)>>(StringComparer.Ordinal);
        foreach (var (siteId, siteName, _) in sites)
        {
            var iot = Wlan(random, orgId, siteId, null, $"{siteName} IoT", "psk", 30, now);
            Insert(c, "sites", siteId, "wlans", iot);
            var wlans = new List<(string, string, bool)> { ((string)iot["id"]!, (string)iot["ssid"]!, false) };
            if (applied.Contains(siteId))
            {
                wlans.Add(((string)corp["id"]!, (string)corp["ssid"]!, true));
                wlans.Add(((string)guest["id"]!, (string)guest["ssid"]!, false));
            }

            result[siteId] = wlans;
        }

        return result;
    }

    private static JsonObject Wlan(Random random, string orgId, string? siteId, string? templateId, string ssid, string auth, int vlan, double now)
    {
        var wlan = new JsonObject { ["id"] = Seeder.NewId(random), ["org_id"] = orgId, ["ssid"] = ssid, ["enabled"] = true };
        if (siteId is not null) wlan["site_id"] = siteId;
        if (templateId is not null) wlan["template_id"] = templateId;
        wlan["auth"] = auth switch
        {
            "psk" => new JsonObject { ["type"] = "psk", ["psk"] = $"seeded-{random.Next(100_000, 999_999)}" },
            "eap" => new JsonObject { ["type"] = "eap" },
            _ => new JsonObject { ["type"] = "open" },
        };
        if (auth == "eap")
        {
            wlan["auth_servers"] = new JsonArray(new JsonObject { ["host"] = "10.255.0.10", ["port"] = 1812, ["secret"] = $"radius-{random.Next(100_000, 999_999)}" });
        }

        wlan["vlan_enabled"] = true;
        wlan["vlan_id"] = vlan;
        wlan["bands"] = new JsonArray("24", "5", "6");
        wlan["hide_ssid"] = false;
        wlan["created_time"] = now;
        wlan["modified_time"] = now;
        return wlan;
    }

    private static void Insert(SqliteConnection c, string scope, string ownerId, string collection, JsonObject item)
    {
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO config_objects (id, scope, owner_id, collection, created_time, data) VALUES (@id, @scope, @owner, @collection, @created, @data)";
        command.Parameters.AddWithValue("@id", (string)item["id"]!);
        command.Parameters.AddWithValue("@scope", scope);
        command.Parameters.AddWithValue("@owner", ownerId);
        command.Parameters.AddWithValue("@collection", collection);
        command.Parameters.AddWithValue("@created", (double)item["created_time"]!);
        command.Parameters.AddWithValue("@data", item.ToJsonString());
        command.ExecuteNonQuery();
    }

    private static List<(string OrgId, List<(string Id, string Name, double Created)> Sites)> OrgSites(SqliteConnection c)
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT org_id, id, name, created_time FROM sites ORDER BY org_id, created_time, id";
        var result = new List<(string, List<(string, string, double)>)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var orgId = reader.GetString(0);
            if (result.Count == 0 || result[^1].Item1 != orgId)
            {
                result.Add((orgId, []));
            }

            result[^1].Item2.Add((reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }

        return result;
    }
}

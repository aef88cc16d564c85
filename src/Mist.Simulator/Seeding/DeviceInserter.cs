using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Mist.Simulator.State;

namespace Mist.Simulator.Seeding;

/// <summary>
/// Inserts seeded devices through one prepared statement. MACs, serials and claim codes come from bijections of
/// the device's index, so they are unique at any scale and the same for the same seed.
/// <para>
/// Rows are kept until <see cref="Flush"/> and inserted in id order (the id is the MAC behind a fixed prefix): the
/// primary key's and the MAC's unique indexes then grow at their end instead of at a random place for each of
/// 100,000 rows, which is what made the start-up seed slow. Same rows, another insertion order.
/// </para>
/// </summary>
internal sealed class DeviceInserter : IDisposable
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly RawStatement _insert;
    private readonly ulong _salt;
    private readonly List<PendingRow> _pending;

    // expected: how many devices the seed adds, so the rows kept until Flush are allocated once.
    public DeviceInserter(SqliteConnection connection, int seed, int expected)
    {
        _salt = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
        _pending = new List<PendingRow>(expected);
        _insert = new RawStatement(connection, $$"""
            INSERT INTO devices ({{DeviceRow.Columns}})
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, ?13, ?14, ?15, ?16, ?17, ?18, ?18, '{}')
            """);
    }

    public int Count { get; private set; }

    public SeededDevice Add(Random random, string? orgId, string? siteId, string? name, double now)
    {
        var index = (uint)Count++;
        var roll = random.Next(100);
        var type = roll < 88 ? "ap" : roll < 97 ? "switch" : "gateway";
        var models = type switch { "ap" => SeedData.ApModels, "switch" => SeedData.SwitchModels, _ => SeedData.GatewayModels };
        var model = models[random.Next(models.Length)];
        var mac = SeedData.OuiOf(type) + ((index * 0x9E3779B1u + (uint)_salt) & 0xFFFFFF).ToString("x6", System.Globalization.CultureInfo.InvariantCulture);
        var serial = (type == "ap" ? "A" : type == "switch" ? "F" : "C") +
                     ((index * 2654435761u) ^ (uint)(_salt >> 32)).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        var magic = Code(index);
        var connected = siteId is not null && random.Next(10) != 0;
        var created = now - random.Next(86400, 300 * 86400) - random.Next(1000) / 1000.0;
        var lastSeen = connected ? now - random.Next(0, 60) - random.Next(1000) / 1000.0 : now - random.Next(3600, 7 * 86400);
        var deviceName = name is null ? null : $"{type}-{name}";

        _pending.Add(new PendingRow(
            ulong.Parse(mac, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture),
            DeviceRow.IdFor(mac), mac, serial, model, model + (type == "ap" ? "-WW" : ""), type == "gateway" ? "A" : "B", type, magic,
            orgId, siteId, deviceName, connected,
            HostAddress(index), $"203.0.113.{index % 250 + 1}",
            Firmware.FirmwareCatalog.SeededVersion(type, index), lastSeen - random.Next(3600, 40 * 86400), lastSeen, created));

        return new SeededDevice(DeviceRow.IdFor(mac), mac, serial, deviceName ?? "", type, model, orgId ?? "", siteId, Format(magic));
    }

    /// <summary>Inserts the rows added since the last flush, in id order.</summary>
    public void Flush()
    {
        // Sorting the keys alone, not the rows: one primitive sort, where comparing ids (24 equal characters first)
        // and moving 18-field rows took a quarter of a second at 100,000 devices.
        var rows = CollectionsMarshal.AsSpan(_pending);
        var keys = new ulong[rows.Length];
        var order = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            keys[i] = rows[i].Key;
            order[i] = i;
        }

        Array.Sort(keys, order);
        foreach (var i in order)
        {
            ref readonly var row = ref rows[i];
            _insert.Bind(1, row.Id);
            _insert.Bind(2, row.Mac);
            _insert.Bind(3, row.Serial);
            _insert.Bind(4, row.Model);
            _insert.Bind(5, row.Sku);
            _insert.Bind(6, row.HwRev);
            _insert.Bind(7, row.Type);
            _insert.Bind(8, row.Magic);
            _insert.Bind(9, row.OrgId);
            _insert.Bind(10, row.SiteId);
            _insert.Bind(11, row.Name);
            _insert.Bind(12, row.Connected ? 1L : 0L);
            _insert.Bind(13, row.Ip);
            _insert.Bind(14, row.ExtIp);
            _insert.Bind(15, row.Version);
            _insert.Bind(16, row.BootedAt);
            _insert.Bind(17, row.LastSeen);
            _insert.Bind(18, row.Created); // created_time and modified_time
            _insert.Execute();
        }

        _pending.Clear();
    }

    public void Dispose() => _insert.Dispose();

    // A host address in 10.0.0.0/8, never a network (.0) or broadcast (.255) one: 10.0.0.1, ..., 10.0.0.254, 10.0.1.1, ...
    private static string HostAddress(uint index) =>
        $"10.{(index / 254 >> 8) & 0xFF}.{(index / 254) & 0xFF}.{index % 254 + 1}";

    /// <summary>A claim code as printed on the box: three groups of five.</summary>
    public static string Format(string magic) => $"{magic[..5]}-{magic[5..10]}-{magic[10..]}";

    private string Code(uint index)
    {
        // An odd multiplier is a bijection on 64 bits; 15 base-32 digits hold 75 bits, so codes never collide.
        var value = (index + 1) * 0xD1B54A32D192ED03UL + _salt;
        return string.Create(15, value, static (span, v) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CodeAlphabet[(int)(v & 31)];
                v >>= 5;
            }
        });
    }

    /// <summary>
    /// A device row as made, kept until <see cref="Flush"/> inserts the rows in id order. Key is the MAC's 12 lowercase
    /// hex digits read as a number: ids (a fixed prefix, then the MAC) sort as their keys do.
    /// </summary>
    private readonly record struct PendingRow(
        ulong Key, string Id, string Mac, string Serial, string Model, string Sku, string HwRev, string Type, string Magic,
        string? OrgId, string? SiteId, string? Name, bool Connected, string Ip, string ExtIp, string Version,
        double BootedAt, double LastSeen, double Created);
}

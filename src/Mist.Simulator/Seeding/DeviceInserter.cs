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

    private readonly SqliteCommand _command;
    private readonly ulong _salt;
    private readonly List<object?[]> _pending = [];

    public DeviceInserter(SqliteConnection connection, int seed)
    {
        _salt = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
        _command = connection.CreateCommand();
        _command.CommandText = $"""
            INSERT INTO devices ({DeviceRow.Columns})
            VALUES (@id, @mac, @serial, @model, @sku, @hw_rev, @type, @magic, @org_id, @site_id, @name, @connected, 0,
                    @ip, @ext_ip, @version, @booted_at, @last_seen, @created_time, @modified_time, @config)
            """;
        foreach (var name in new[]
                 {
                     "@id", "@mac", "@serial", "@model", "@sku", "@hw_rev", "@type", "@magic", "@org_id", "@site_id", "@name",
                     "@connected", "@ip", "@ext_ip", "@version", "@booted_at", "@last_seen", "@created_time", "@modified_time",
                 })
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _command.Parameters.AddWithValue("@config", "{}");
        _command.Prepare();
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

        _pending.Add([
            DeviceRow.IdFor(mac), mac, serial, model, model + (type == "ap" ? "-WW" : ""), type == "gateway" ? "A" : "B", type, magic,
            orgId, siteId, deviceName, connected ? 1 : 0,
            HostAddress(index), $"203.0.113.{index % 250 + 1}",
            Firmware.FirmwareCatalog.SeededVersion(type, index), lastSeen - random.Next(3600, 40 * 86400), lastSeen, created, created]);

        return new SeededDevice(DeviceRow.IdFor(mac), mac, serial, deviceName ?? "", type, model, orgId ?? "", siteId, Format(magic));
    }

    /// <summary>Inserts the rows added since the last flush, in id order.</summary>
    public void Flush()
    {
        _pending.Sort(static (a, b) => string.CompareOrdinal((string)a[0]!, (string)b[0]!));
        foreach (var row in _pending)
        {
            for (var i = 0; i < row.Length; i++)
            {
                _command.Parameters[i].Value = row[i] ?? DBNull.Value;
            }

            _command.ExecuteNonQuery();
        }

        _pending.Clear();
    }

    public void Dispose() => _command.Dispose();

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
}

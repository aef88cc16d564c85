using System.Globalization;
using System.Text.Unicode;
using Mist.Simulator.State;

namespace Mist.Simulator.Seeding;

/// <summary>
/// A seeded device as drawn from the seed's random numbers, kept by <see cref="DeviceInserter"/> until it inserts the
/// rows in id order. Its text columns are not strings: MAC, serial, claim code, addresses and name follow from its
/// index, type and site, and are written as UTF-8 straight into the insert's buffer (<see cref="WriteText"/>), so
/// 100,000 devices do not leave a million strings for the garbage collector to move while the seed runs.
/// </summary>
/// <param name="Key">The MAC's 12 lowercase hex digits read as a number: ids (a fixed prefix, then the MAC) sort as keys do.</param>
/// <param name="Index">The device's place in the seed, from 0: MAC, serial and claim code are bijections of it.</param>
/// <param name="Type"><c>ap</c>, <c>switch</c> or <c>gateway</c>.</param>
/// <param name="Model">The hardware model.</param>
/// <param name="OrgId">The org holding it; null when unclaimed.</param>
/// <param name="SiteId">The site it is on; null when unassigned.</param>
/// <param name="SiteCode">The site's short code in the device's name (<c>s0001</c>); null for a device never named.</param>
/// <param name="Number">The device's number on its site, from 1, in its name.</param>
/// <param name="Connected">Whether it is connected.</param>
/// <param name="BootedAt">When it booted (epoch seconds).</param>
/// <param name="LastSeen">When it was last seen.</param>
/// <param name="Created">When it was created, and last modified.</param>
internal readonly record struct PendingDevice(
    ulong Key, uint Index, string Type, string Model, string? OrgId, string? SiteId, string? SiteCode, int Number,
    bool Connected, double BootedAt, double LastSeen, double Created)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The text columns made per device (the others are shared strings: model, type, org, site, version).</summary>
    public enum Text
    {
        Id, Mac, Serial, Sku, Magic, Name, Ip, ExtIp,
    }

    /// <summary>The low 24 bits of the MAC, after the type's OUI.</summary>
    public static uint MacSuffix(uint index, ulong salt) => (index * 0x9E3779B1u + (uint)salt) & 0xFFFFFF;

    public static ulong KeyOf(string type, uint index, ulong salt) =>
        ulong.Parse(SeedData.OuiOf(type), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture) << 24 | MacSuffix(index, salt);

    public string HwRev => Type == "gateway" ? "A" : "B";

    public string Version => Firmware.FirmwareCatalog.SeededVersion(Type, Index);

    /// <summary>Writes one text column as UTF-8 (ASCII, all of them); returns its length, or -1 for NULL.</summary>
    public int WriteText(Text column, ulong salt, Span<byte> destination)
    {
        if (column == Text.Name && SiteCode is null)
        {
            return -1;
        }

        int written;
        var ok = column switch
        {
            Text.Id => Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"00000000-0000-0000-1000-{SeedData.OuiOf(Type)}{MacSuffix(Index, salt):x6}", out written),
            Text.Mac => Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"{SeedData.OuiOf(Type)}{MacSuffix(Index, salt):x6}", out written),
            Text.Serial => Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"{SerialPrefix}{SerialNumber(salt):D10}", out written),
            Text.Sku => Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"{Model}{(Type == "ap" ? "-WW" : "")}", out written),
            Text.Magic => WriteCode(Index, salt, destination, out written),
            Text.Name => Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"{Type}-{SiteCode}-{Number:000}", out written),
            Text.Ip => Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"10.{(Index / 254 >> 8) & 0xFF}.{(Index / 254) & 0xFF}.{Index % 254 + 1}", out written),
            _ => Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"203.0.113.{Index % 250 + 1}", out written),
        };
        return ok ? written : throw new ArgumentException("The buffer is too small for a device column.", nameof(destination));

        static bool WriteCode(uint index, ulong salt, Span<byte> span, out int length)
        {
            // An odd multiplier is a bijection on 64 bits; 15 base-32 digits hold 75 bits, so codes never collide.
            var value = (index + 1) * 0xD1B54A32D192ED03UL + salt;
            length = 15;
            if (span.Length < length)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                span[i] = (byte)CodeAlphabet[(int)(value & 31)];
                value >>= 5;
            }

            return true;
        }
    }

    /// <summary>The device as the seed's summary describes it: its text columns as strings.</summary>
    public SeededDevice Describe(ulong salt)
    {
        Span<byte> buffer = stackalloc byte[64];
        var mac = ToString(Text.Mac, salt, buffer)!;
        var magic = ToString(Text.Magic, salt, buffer)!;
        return new SeededDevice(
            DeviceRow.IdFor(mac), mac, ToString(Text.Serial, salt, buffer)!, ToString(Text.Name, salt, buffer) ?? "", Type, Model,
            OrgId ?? "", SiteId, $"{magic[..5]}-{magic[5..10]}-{magic[10..]}");
    }

    private string? ToString(Text column, ulong salt, Span<byte> buffer)
    {
        var length = WriteText(column, salt, buffer);
        return length < 0 ? null : System.Text.Encoding.ASCII.GetString(buffer[..length]);
    }

    private char SerialPrefix => Type == "ap" ? 'A' : Type == "switch" ? 'F' : 'C';

    private uint SerialNumber(ulong salt) => (Index * 2654435761u) ^ (uint)(salt >> 32);
}

using System.Globalization;

namespace Mist.Simulator.Firmware;

/// <summary>
/// The firmware Mist offers per model: an older release, the recommended one (tag <c>stable</c>) and a beta. The
/// seed puts most devices on the stable version and some on the older one, so "outdated" finds devices.
/// </summary>
internal static class FirmwareCatalog
{
    public const string StableTag = "stable";

    private static readonly (string Version, string Tag)[] s_ap = [("0.12.27452", ""), ("0.14.29313", StableTag), ("0.14.29633", "beta")];
    private static readonly (string Version, string Tag)[] s_switch = [("21.4R3-S4.18", ""), ("22.4R3-S2.11", StableTag), ("23.4R2-S3.9", "beta")];
    private static readonly (string Version, string Tag)[] s_gateway = [("21.4R3-S5.17", ""), ("22.4R3-S1.5", StableTag), ("23.4R2-S2.1", "beta")];

    public static IReadOnlyList<(string Version, string Tag)> VersionsOf(string type) => type switch
    {
        "ap" => s_ap,
        "switch" => s_switch,
        _ => s_gateway,
    };

    public static string TypeOfModel(string model) =>
        Seeding.SeedData.ApModels.Contains(model, StringComparer.OrdinalIgnoreCase) ? "ap"
        : Seeding.SeedData.SwitchModels.Contains(model, StringComparer.OrdinalIgnoreCase) ? "switch"
        : Seeding.SeedData.GatewayModels.Contains(model, StringComparer.OrdinalIgnoreCase) ? "gateway"
        : "";

    public static bool IsKnownModel(string model) => TypeOfModel(model).Length > 0;

    /// <summary>The models of a type (or every type for <c>all</c>), in catalogue order.</summary>
    public static IEnumerable<string> Models(string type) => type switch
    {
        "ap" => Seeding.SeedData.ApModels,
        "switch" => Seeding.SeedData.SwitchModels,
        "gateway" => Seeding.SeedData.GatewayModels,
        _ => [.. Seeding.SeedData.ApModels, .. Seeding.SeedData.SwitchModels, .. Seeding.SeedData.GatewayModels],
    };

    /// <summary>The version a request means for a model: itself when offered, the stable one for <c>stable</c>, else null.</summary>
    public static string? Resolve(string model, string version)
    {
        var type = TypeOfModel(model);
        if (type.Length == 0)
        {
            return null;
        }

        foreach (var (v, tag) in VersionsOf(type))
        {
            if (v == version || (version == StableTag && tag == StableTag))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>
    /// The seeded version of the device at <paramref name="index"/>: from its index, not the seed's random stream,
    /// so every other seeded value stays as it was. About 7 in 10 run the stable release, 2 the older, 1 the beta.
    /// </summary>
    public static string SeededVersion(string type, uint index)
    {
        var versions = VersionsOf(type);
        return (index * 7 % 10) switch
        {
            < 7 => versions[1].Version,
            < 9 => versions[0].Version,
            _ => versions[2].Version,
        };
    }

    /// <summary>Compares versions by their numeric parts in order (0.12.27452 &lt; 0.14.29313, 21.4R3 &lt; 22.4R3).</summary>
    public static int Compare(string a, string b)
    {
        var x = Numbers(a);
        var y = Numbers(b);
        for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
        {
            var c = (i < x.Count ? x[i] : -1).CompareTo(i < y.Count ? y[i] : -1);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static List<long> Numbers(string version)
    {
        var numbers = new List<long>();
        foreach (var part in version.Split(['.', '-', 'R', 'S', 'r', 's'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                numbers.Add(n);
            }
        }

        return numbers;
    }
}

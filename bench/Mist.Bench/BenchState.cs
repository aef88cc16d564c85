using System.Diagnostics;
using Mist.Simulator;

namespace Mist.Bench;

/// <summary>The benchmark org, seeded once into a state file and copied fresh for each benchmark invocation.</summary>
internal static class BenchState
{
    private static readonly string[] s_sidecars = ["", "-wal", "-shm"];

    // Seeded clients were last seen up to 20 hours before the seed, and a client search looks at the last day.
    private static readonly TimeSpan s_clientsFreshFor = TimeSpan.FromHours(3);

    /// <summary>
    /// 1 org × 1,000 sites × (devices / 1,000) devices each (50 for the default 50,000), all on a site; with clients,
    /// 8 devices a site and wireless clients on the connected APs.
    /// </summary>
    public static SeedOptions Seeding(BenchOptions options) => new()
    {
        Orgs = 1,
        SitesPerOrg = BenchOptions.Sites,
        DevicesPerSite = options.Clients > 0 ? BenchOptions.WirelessDevicesPerSite : options.Devices / BenchOptions.Sites,
        UnassignedDevicesPerOrg = 0,
        UnclaimedDevices = 0,
        Wireless = options.Clients > 0,
        ClientsPerAp = options.Clients > 0 ? options.ClientsPerAp : 0,
    };

    public static async Task EnsureSeededAsync(string statePath, BenchOptions options)
    {
        // The clients' times are the seed's: an old seed's clients are outside the search's window, so it is redone.
        if (File.Exists(statePath) && (options.Clients == 0 || File.GetLastWriteTimeUtc(statePath) > DateTime.UtcNow - s_clientsFreshFor))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(statePath))!);
        var clock = Stopwatch.StartNew();
        var seeding = statePath + ".seeding";
        DeleteWithSidecars(seeding);
        await using (await MistSimulator.StartAsync(new MistSimulatorOptions { StatePath = seeding, Seeding = Seeding(options) }).ConfigureAwait(false))
        {
        }

        MoveWithSidecars(seeding, statePath);
        Console.Error.WriteLine($"seeded {statePath} in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>A working copy, so that writes (the import scenario) never reach the seeded file.</summary>
    public static void CopyFresh(string statePath, string workPath)
    {
        DeleteWithSidecars(workPath);
        foreach (var suffix in s_sidecars)
        {
            if (File.Exists(statePath + suffix))
            {
                File.Copy(statePath + suffix, workPath + suffix);
            }
        }
    }

    /// <summary>A seeded file and its sidecars moved to their final name, once the seed is complete.</summary>
    public static void MoveWithSidecars(string from, string to)
    {
        foreach (var suffix in s_sidecars)
        {
            if (File.Exists(from + suffix))
            {
                File.Move(from + suffix, to + suffix, overwrite: true);
            }
        }
    }

    public static void DeleteWithSidecars(string path)
    {
        foreach (var suffix in s_sidecars)
        {
            File.Delete(path + suffix);
        }
    }
}

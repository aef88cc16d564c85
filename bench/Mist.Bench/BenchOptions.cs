using System.Globalization;

namespace Mist.Bench;

/// <summary>
/// Command-line options of the macro benchmark. <c>Devices</c>: the org's devices, spread evenly over its
/// <see cref="Sites"/> (a multiple of 1,000); <c>Filter</c>: only the scenarios whose name and build, as printed
/// ("NAME (aot)"), contain it (case-insensitive), null for all; <c>ShowRoutes</c>: print where each scenario's requests
/// went; <c>ConfigSites</c>: the sites of the org-config benchmark's org (5 configuration objects each).
/// <c>Clients</c>: above 0, the wireless client scenarios instead of the device ones, on an org of its own:
/// <see cref="WirelessDevicesPerSite"/> devices a site with wireless clients on the connected APs, about as many
/// clients as asked (0: the device scenarios). <c>Warmups</c>: the uncounted runs before the counted ones (the
/// simulator runs in this process under the JIT, so its hot paths reach their tiered, optimised code only after a few
/// runs of 100,000 rows).
/// </summary>
internal sealed record BenchOptions(
    int Runs, bool Build, string StatePath, string? OutPath, string RepoRoot, int LatencyMs, int JitterMs, int Devices, string? Filter,
    bool ShowRoutes = false, int ConfigSites = BenchOptions.Sites, int Clients = 0, int Warmups = 1)
{
    public const int Sites = 1000;
    public const int DefaultDevices = 50_000;

    /// <summary>Devices a site of the wireless org: about 88% APs, 90% of them connected, so 6,336 connected APs.</summary>
    public const int WirelessDevicesPerSite = 8;

    /// <summary>Connected APs per device the seed gives, about (88% APs, 90% of them connected).</summary>
    private const double ConnectedApsPerDevice = 0.792;

    /// <summary>Clients on each connected AP for about <see cref="Clients"/> in the org (8 for 50,000: 50,688).</summary>
    public int ClientsPerAp => Math.Max(1, (int)Math.Round(Clients / (Sites * WirelessDevicesPerSite * ConnectedApsPerDevice)));

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var root = FindRepoRoot();
        var devices = int.Parse(Value("--devices") ?? DefaultDevices.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var clients = int.Parse(Value("--clients") ?? "0", CultureInfo.InvariantCulture);
        if (clients < 0 || clients > 1_000_000)
        {
            throw new ArgumentException($"--clients must be 0 to 1,000,000, not {clients}.");
        }

        // Every site gets the same number of devices, so the org holds exactly the count asked for.
        if (devices <= 0 || devices % Sites != 0)
        {
            throw new ArgumentException($"--devices must be a positive multiple of {Sites:N0}, not {devices}.");
        }

        return new BenchOptions(
            int.Parse(Value("--runs") ?? "5", CultureInfo.InvariantCulture),
            !args.Contains("--no-build"),
            // The count is in the name, so each org size is seeded once and kept next to the others.
            Value("--state") ?? Path.Combine(root, "artifacts", "bench", clients > 0
                ? string.Create(CultureInfo.InvariantCulture, $"org-{Sites}-sites-wireless-{clients}-clients.db")
                : string.Create(CultureInfo.InvariantCulture, $"org-{Sites}-sites-{devices}-devices.db")),
            Value("--out"),
            root,
            int.Parse(Value("--latency-ms") ?? "50", CultureInfo.InvariantCulture),
            int.Parse(Value("--jitter-ms") ?? "10", CultureInfo.InvariantCulture),
            devices,
            Value("--filter"),
            args.Contains("--routes"),
            int.Parse(Value("--sites") ?? Sites.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            clients,
            Math.Max(1, int.Parse(Value("--warmups") ?? "1", CultureInfo.InvariantCulture)));
    }

    public string ArtifactsDir => Path.Combine(RepoRoot, "artifacts", "bench");

    /// <summary>Matches the name as printed with its build, "NAME (aot)", so a filter can pick one build.</summary>
    public bool Selects(Scenario scenario) => Filter is null || $"{scenario.Name} ({scenario.Binary})".Contains(Filter, StringComparison.OrdinalIgnoreCase);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mist.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

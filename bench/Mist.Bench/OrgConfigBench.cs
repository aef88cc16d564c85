using System.Globalization;
using Mist.Simulator;

namespace Mist.Bench;

/// <summary>
/// Issue 18 at scale: <c>mist org export --out F</c> of an org with N sites and 5 objects per site, <c>mist org apply F</c>
/// into an empty org (a new one each run), and a second apply into that org (no write), each against the fewest
/// requests that can do it and the bound of those requests at the command's concurrency.
/// </summary>
internal static class OrgConfigBench
{
    /// <summary>The commands' default (<c>--concurrency</c>): requests in flight.</summary>
    private const int Concurrency = 4;

    /// <summary>Org collections an export lists (ConfigCollectionTable.Org), and a site's (ConfigCollectionTable.Site).</summary>
    private const int OrgCollections = 37;
    private const int SiteCollections = 14;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Directory.CreateDirectory(options.ArtifactsDir);
        var sites = options.ConfigSites;
        var emptyOrgs = options.Runs + 1;
        var state = Path.Combine(options.ArtifactsDir, string.Create(CultureInfo.InvariantCulture, $"org-config-{sites}-sites-{emptyOrgs}-empty.db"));
        await OrgConfigState.EnsureSeededAsync(state, sites, emptyOrgs).ConfigureAwait(false);
        var work = Path.Combine(options.ArtifactsDir, "org-config-work.db");
        BenchState.CopyFresh(state, work);
        await using var simulator = await MistSimulator.StartAsync(new MistSimulatorOptions
        {
            StatePath = work,
            Seeding = OrgConfigState.Seeding(sites, emptyOrgs),
            RateLimitPerHour = int.MaxValue,
            Faults = new FaultOptions { LatencyMs = options.LatencyMs, LatencyJitterMs = options.JitterMs },
        }).ConfigureAwait(false);

        var scenarios = Build(options, simulator).Where(options.Selects).ToList();
        var results = await MacroBench.RunScenariosAsync(options, simulator, scenarios, simulator.Seed.PrimaryOrgId, OrgConfigState.PoolOf(simulator.Tokens.Msp)).ConfigureAwait(false);
        if (results is null)
        {
            return 1;
        }

        var objects = OrgConfigState.OrgObjects(sites) + OrgConfigState.SiteObjects(sites);
        var report = string.Create(CultureInfo.InvariantCulture, $"Org config: {sites:N0} sites, {objects:N0} configuration objects; --concurrency {Concurrency}.\n") + BenchReport.Markdown(results, options, simulator);
        Console.WriteLine(report);
        if (options.OutPath is { } outPath)
        {
            await File.WriteAllTextAsync(outPath, report).ConfigureAwait(false);
        }

        return 0;
    }

    private static List<Scenario> Build(BenchOptions options, MistSimulator simulator)
    {
        var sites = options.ConfigSites;
        var file = Path.Combine(options.ArtifactsDir, "org-config-export.json");
        var orgObjects = OrgConfigState.OrgObjects(sites);
        var siteObjects = OrgConfigState.SiteObjects(sites);
        // The org, its setting, its sites, its inventory; every org collection (each one page: under 1,000 objects);
        // each site's setting and collections. No site holds a device, so no site's devices are asked for.
        var emptyRead = 4 + OrgCollections;
        var fullRead = emptyRead + (sites * (1 + SiteCollections));
        // Into an empty org: its export (no site yet), then one create per org object, per site and per site object,
        // and one setting write per site (a site's exported setting differs from a new site's). The org and its
        // setting are left as they are: the seeded orgs' settings are alike.
        var creates = orgObjects + sites + siteObjects + sites;
        var targets = simulator.Seed.Orgs.Skip(1).Select(o => o.Id).ToList();
        var concurrency = Concurrency.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(
                string.Create(CultureInfo.InvariantCulture, $"org export --out F ({sites:N0} sites, {orgObjects + siteObjects:N0} objects)"),
                "jit",
                _ => ["org", "export", "--include-secrets", "--out", file, "--concurrency", concurrency],
                null,
                fullRead,
                Bound(fullRead)),
            new(
                "org apply F into an empty org",
                "jit",
                run => ["org", "apply", file, "--org", targets[run], "--yes", "-o", "ndjson", "--concurrency", concurrency],
                null,
                emptyRead + creates,
                // The reads, then the writes, which a dependency order puts in rounds (org objects, sites, site objects).
                Bound(emptyRead) + ((creates + Concurrency - 1) / Concurrency)),
            new(
                "org apply F again (nothing to write)",
                "jit",
                _ => ["org", "apply", file, "--org", targets[^1], "--yes", "-o", "ndjson", "--concurrency", concurrency],
                null,
                fullRead,
                Bound(fullRead)),
        ];
    }

    /// <summary>N requests, 4 at a time, after the site listing they depend on.</summary>
    private static int Bound(int requests) => 1 + ((requests - 1 + Concurrency - 1) / Concurrency);
}

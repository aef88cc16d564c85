using System.Globalization;
using System.Text;
using Mist.Simulator;

namespace Mist.Bench;

/// <summary>
/// The scenarios of issue 8 and their lower bounds. With 1,000 items per page, 1,000 sites are one page and 50,000
/// devices 50; numbered pages after the first overlap 4 at a time (the SDK's default), so 50 pages are
/// 1 + ceil(49 / 4) = 14 round trips (100,000 devices: 100 pages, 26). The org is given (MIST_ORG_ID), so no
/// scenario needs GET /self.
/// </summary>
internal static class Scenarios
{
    private const int Concurrency = 4;
    private const int ImportRows = 500;
    private static readonly DeviceType[] s_types = [DeviceType.AccessPoint, DeviceType.Switch, DeviceType.Gateway];

    public static async Task<IReadOnlyList<Scenario>> BuildAsync(BenchOptions options, MistSimulator simulator)
    {
        var devicePages = (options.Devices + 999) / 1000;
        var listRoundTrips = 1 + ((devicePages - 1 + Concurrency - 1) / Concurrency);
        var n = options.Devices.ToString("N0", CultureInfo.InvariantCulture);
        // Stats cover every device of the org, on a site or not (the bench org has none off a site: as many pages);
        // the seed's total also counts devices outside the org (unclaimed, other orgs).
        var statsPages = (simulator.Seed.Orgs[0].DeviceCount + 999) / 1000;
        var devices = simulator.Seed.Devices;
        var mac = devices.Count > 0 ? devices[devices.Count / 2].Mac : throw new InvalidOperationException("The simulator reported no seeded device.");
        var importFile = Path.Combine(options.ArtifactsDir, "import.csv");
        return
        [
            new("mist --version", "jit", _ => ["--version"], 1, 0, 0),
            new("mist --version", "aot", _ => ["--version"], 1, 0, 0),
            new("site list, cold start (1,000 sites)", "jit", _ => ["site", "list", "-o", "json"], null, 1, 1),
            new("site list, cold start (1,000 sites)", "aot", _ => ["site", "list", "-o", "json"], null, 1, 1),
            new("list all sites (NDJSON)", "aot", _ => ["site", "list", "-o", "ndjson"], BenchOptions.Sites, 1, 1),
            // The inventory pages plus one listing of the sites for their names, made while inventory pages are in flight.
            new($"list all devices, inventory style = stream {n} devices as NDJSON (inventory list)", "aot", _ => ["inventory", "list", "-o", "ndjson"], options.Devices, devicePages + 1, listRoundTrips),
            // A search pages with a cursor (search_after), so each page needs the one before it; it takes one type at
            // a time, so the three types are searched side by side (SDK, in this process).
            SearchAll(simulator, options.Devices, await SearchTotalsAsync(simulator).ConfigureAwait(false)),
            // One inventory lookup by MAC, then the device's configuration under its site.
            new("find one device by MAC (device view)", "aot", _ => ["device", "view", mac, "-o", "json"], null, 2, 2),
            new($"stream {n} devices as NDJSON (inventory list)", "jit", _ => ["inventory", "list", "-o", "ndjson"], options.Devices, devicePages + 1, listRoundTrips),
            // The same rows through `device list`, which asks the inventory for assigned devices only (unassigned=false)
            // and adds each device's health from device stats (type=all, every device of the org, also 1,000 a page):
            // inventory pages + stats pages + 1 site listing. The stats do not depend on the inventory, so the two
            // listings can run side by side, each 4 pages at a time, with the site listing among them: the bound is
            // the longer chain, as for the inventory alone (DeviceListCommand reads them alongside since issue 16's
            // measurement; before, it read them first: two chains in a row, twice the bound).
            new($"stream {n} devices as NDJSON (device list)", "aot", _ => ["device", "list", "-o", "ndjson"], options.Devices, devicePages + statsPages + 1, listRoundTrips),
            new($"stream {n} devices as NDJSON (device list)", "jit", _ => ["device", "list", "-o", "ndjson"], options.Devices, devicePages + statsPages + 1, listRoundTrips),
            // One listing of the org's sites, then 500 creates, 4 in flight (the bulk default).
            new(
                "site import, 500 rows",
                "aot",
                _ => ["site", "import", importFile, "--yes"],
                null,
                ImportRows + 1,
                1 + ((ImportRows + Concurrency - 1) / Concurrency),
                run => WriteImportFile(importFile, run))
            {
                // Each run adds 500 sites to the org the next run lists: 500 creates plus one page per 1,000 sites.
                MinRequestsOfRun = run => ImportRows + (((BenchOptions.Sites + (ImportRows * run)) + 999) / 1000),
            },
        ];
    }

    private static Scenario SearchAll(MistSimulator simulator, int devices, IReadOnlyList<long> totals)
    {
        var pages = totals.Sum(n => Math.Max(1, (int)((n + 999) / 1000)));
        var chain = totals.Max(n => Math.Max(1, (int)((n + 999) / 1000)));
        return new Scenario("list all devices, search style (SDK; ap, switch, gateway side by side)", "sdk", _ => [], devices, pages, chain)
        {
            InProcess = async () =>
            {
                using var client = Client(simulator);
                var org = Guid.Parse(simulator.Seed.PrimaryOrgId);
                var counts = await Task.WhenAll(s_types.Select(async type =>
                {
                    long count = 0;
                    await foreach (var _ in client.Devices.SearchAsync(org, new DeviceSearchOptions { Type = type }).ConfigureAwait(false))
                    {
                        count++;
                    }

                    return count;
                })).ConfigureAwait(false);
                return counts.Sum();
            },
        };
    }

    // How many devices of each type the org has (one small search each, before any counted run).
    private static async Task<IReadOnlyList<long>> SearchTotalsAsync(MistSimulator simulator)
    {
        using var client = Client(simulator);
        var org = Guid.Parse(simulator.Seed.PrimaryOrgId);
        var totals = new List<long>();
        foreach (var type in s_types)
        {
            await foreach (var page in client.Devices.SearchAsync(org, new DeviceSearchOptions { Type = type }).AsPages(pageSizeHint: 1).ConfigureAwait(false))
            {
                totals.Add(page.Total ?? 0);
                break;
            }
        }

        return totals;
    }

    private static MistClient Client(MistSimulator simulator) =>
        new(new MistCredential(simulator.Tokens.Admin), new MistClientOptions { Cloud = MistCloud.FromUri(simulator.BaseAddress) });

    private static void WriteImportFile(string path, int run)
    {
        var csv = new StringBuilder("name,address,timezone,country_code\n");
        for (var i = 1; i <= ImportRows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Bench import {run:D2}-{i:D3},{i} Bench Street,Europe/Paris,FR\n");
        }

        File.WriteAllText(path, csv.ToString());
    }
}

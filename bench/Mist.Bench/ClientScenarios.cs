using System.Globalization;
using System.Text.Json;
using Mist.Simulator;

namespace Mist.Bench;

/// <summary>
/// The wireless client scenarios of issue 17, on an org of 1,000 sites with about 50,000 clients (<c>--clients</c>).
/// A client search pages by cursor (<c>next</c>, 1,000 per page at most), so each page needs the one before: P pages are
/// P round trips. Its rows carry <c>site_id</c> and the AP's MAC, not their names nor the signal, which the CLI adds:
/// the org's sites (1 request), the AP names (a site's AP stats, 1 request, or the org's AP inventory, A pages of
/// 1,000: the fewer) and, per site met, its connected clients' stats (the only place with RSSI/SNR: S requests for
/// S sites). Those reads need the search's first page and no more, so they overlap the next pages, 4 in flight.
/// </summary>
internal static class ClientScenarios
{
    private const int Concurrency = 4;
    private const string Text = "alex";

    public static async Task<IReadOnlyList<Scenario>> BuildAsync(MistSimulator simulator)
    {
        using var client = new MistClient(new MistCredential(simulator.Tokens.Admin), new MistClientOptions { Cloud = MistCloud.FromUri(simulator.BaseAddress) });
        var org = Guid.Parse(simulator.Seed.PrimaryOrgId);
        var total = await SearchTotalAsync(client, org).ConfigureAwait(false);
        var matches = await SearchAsync(client, org, Text).ConfigureAwait(false);
        if (matches.Count == 0)
        {
            throw new InvalidOperationException($"No client matches '{Text}': the seed has no wireless clients.");
        }

        var aps = 0;
        await foreach (var _ in client.Inventory.ListAsync(org, new InventoryListOptions { Type = DeviceType.AccessPoint }).ConfigureAwait(false))
        {
            aps++;
        }

        var apPages = Pages(aps);
        var pages = Pages(matches.Count);
        var sites = matches.Select(m => m.SiteId).Distinct(StringComparer.Ordinal).Count();
        var apNames = Math.Min(sites, apPages);
        // The bound of the org's AP inventory read beside the search: page 1, then the rest 4 at a time.
        var apRoundTrips = apNames == sites ? 1 : 1 + Ceiling(apPages - 1, Concurrency);
        var one = matches[matches.Count / 2];
        var mac = string.Join(':', Enumerable.Range(0, 6).Select(i => one.Mac.Substring(i * 2, 2))).ToUpperInvariant();
        var siteId = simulator.Seed.Sites[0].Id;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"org: {total:N0} clients in the last day, {aps:N0} APs ({apPages} inventory pages); '{Text}' matches {matches.Count:N0} clients on {sites:N0} sites ({pages} pages)"));
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        return
        [
            // The search (1 page, 1 match), then its site's names and signal side by side: sites, AP stats, client stats.
            new($"client find MAC (one match; colon notation, upper case) in {N(total)} clients", "aot", _ => ["client", "find", mac, "-o", "ndjson"], 1, 4, 2),
            // P search pages + 1 site listing + AP names + S site stats; the search chain runs beside the other reads.
            new(
                $"client find {Text} (hostname/username; {N(matches.Count)} matches on {N(sites)} sites)",
                "aot",
                _ => ["client", "find", Text, "-o", "ndjson"],
                matches.Count,
                pages + 1 + apNames + sites,
                Math.Max(pages, 1 + Ceiling(1 + apNames + sites, Concurrency))),
            // Without RSSI/SNR in the output, no site's client stats are read.
            new(
                $"client find {Text} --fields mac,last_hostname,site_name,ap_name",
                "aot",
                _ => ["client", "find", Text, "--fields", "mac,last_hostname,site_name,ap_name", "-o", "ndjson"],
                matches.Count,
                pages + 1 + apNames,
                Math.Max(pages, 1 + apRoundTrips)),
            // The site by id (1 GET: its name, and a clear error for a wrong id), then its client stats and its AP stats
            // side by side.
            new("client list --site ID (one site's connected clients)", "aot", _ => ["client", "list", "--site", siteId, "-o", "ndjson"], null, 3, 2),
            // The whole org: 1 site listing, then 1,000 site stats 4 at a time, the AP inventory beside them.
            new(
                $"client list (every site's connected clients; {N(BenchOptions.Sites)} sites)",
                "aot",
                _ => ["client", "list", "-o", "ndjson"],
                null,
                1 + BenchOptions.Sites + apPages,
                1 + Ceiling(BenchOptions.Sites, Concurrency)),
        ];
    }

    private static int Pages(long items) => Math.Max(1, Ceiling(items, 1000));

    private static int Ceiling(long items, int per) => (int)((items + per - 1) / per);

    private static async Task<long> SearchTotalAsync(MistClient client, Guid org)
    {
        var request = MistOperations.SearchOrgWirelessClients.CreateRequest(org.ToString()).AddQuery("limit", "1");
        var response = await client.SendAsync(request).ConfigureAwait(false);
        using var body = JsonDocument.Parse(response.Text);
        return body.RootElement.GetProperty("total").GetInt64();
    }

    private static async Task<List<(string Mac, string SiteId)>> SearchAsync(MistClient client, Guid org, string text)
    {
        var request = MistOperations.SearchOrgWirelessClients.CreateRequest(org.ToString()).AddQuery("text", text).AddQuery("limit", "1000");
        var matches = new List<(string, string)>();
        await foreach (var row in client.GetAllAsync(request).ConfigureAwait(false))
        {
            matches.Add((row.GetProperty("mac").GetString()!, row.GetProperty("site_id").GetString()!));
        }

        return matches;
    }
}

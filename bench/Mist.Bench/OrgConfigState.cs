using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Mist.Simulator;

namespace Mist.Bench;

/// <summary>
/// The org of the export/apply benchmark (issue 18), in its own state file so the device scenarios' org is unchanged:
/// one org with N sites and 5 configuration objects per site (5,000 at 1,000 sites), and empty orgs to apply into
/// (one per run, as an apply into an empty org can happen only once per org). Objects are created through the
/// simulator's own API (no latency), so they are exactly what a real org's API calls would make.
/// </summary>
internal static class OrgConfigState
{
    /// <summary>Orgs of the seed: the exported one, then the empty ones. No device: the objects are what is measured.</summary>
    public static SeedOptions Seeding(int sites, int emptyOrgs) => new()
    {
        Orgs = 1 + emptyOrgs,
        SitesPerOrg = sites,
        DevicesPerSite = 0,
        UnassignedDevicesPerOrg = 0,
        UnclaimedDevices = 0,
    };

    /// <summary>
    /// Org objects per 1,000 sites (scaled down with the sites, at least one of each): 500 in all, with references
    /// (WLANs to their template, templates to site groups, PSKs to an SSID). Each site adds 4.5: 2 WLANs (one open,
    /// one PSK), a map, a zone on the map, and a PSK on every other site; and is put in a site group.
    /// </summary>
    public static int OrgObjects(int sites) => s_orgCounts.Sum(c => Scaled(c.PerThousand, sites)) + (Scaled(TemplatesPerThousand, sites) * WlansPerTemplate);

    public static int SiteObjects(int sites) => (sites * 4) + (sites / 2);

    private const int TemplatesPerThousand = 50;
    private const int WlansPerTemplate = 4;
    private static readonly (string Key, int PerThousand)[] s_orgCounts = [("sitegroups", 50), ("rftemplates", 10), ("networks", 100), ("templates", TemplatesPerThousand), ("webhooks", 20), ("psks", 70)];

    public static async Task EnsureSeededAsync(string statePath, int sites, int emptyOrgs)
    {
        if (File.Exists(statePath))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(statePath))!);
        var clock = Stopwatch.StartNew();
        var seeding = statePath + ".seeding";
        BenchState.DeleteWithSidecars(seeding);
        string msp;
        await using (var simulator = await MistSimulator.StartAsync(new MistSimulatorOptions
        {
            StatePath = seeding,
            Seeding = Seeding(sites, emptyOrgs),
            RateLimitPerHour = int.MaxValue,
        }).ConfigureAwait(false))
        {
            // The MSP's token: it reaches every org of the seed.
            msp = simulator.Tokens.Msp;
            using var client = new MistClient(new MistCredential(simulator.Tokens.Msp), new MistClientOptions { Cloud = MistCloud.FromUri(simulator.BaseAddress), RateBudget = { Enabled = false } });
            await CreateObjectsAsync(client, simulator, sites).ConfigureAwait(false);
            // The other orgs are the targets of the apply: emptied of the sites the seed gave them.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8 };
            var emptied = new List<string>();
            foreach (var other in simulator.Seed.Orgs.Skip(1))
            {
                emptied.AddRange(await SiteIdsAsync(client, other.Id).ConfigureAwait(false));
            }

            await Parallel.ForEachAsync(emptied, parallel, async (site, token) =>
                await SendAsync(client, HttpMethod.Delete, $"sites/{site}", null, token).ConfigureAwait(false)).ConfigureAwait(false);
        }

        AddTokenPool(seeding, msp);
        BenchState.MoveWithSidecars(seeding, statePath);
        Console.Error.WriteLine($"seeded {statePath} in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Tokens the CLI is given: an export of 1,000 sites is about 15,000 calls, three of one token's hours.</summary>
    public const int TokenPool = 4;

    /// <summary>The MSP's token and copies of it under other keys: a token pool (comma-separated MIST_API_TOKEN).</summary>
    public static string PoolOf(string msp) => string.Join(',', Enumerable.Range(0, TokenPool).Select(i => i == 0 ? msp : msp[..^4] + i.ToString("x4", CultureInfo.InvariantCulture)));

    /// <summary>
    /// The client counts 5,000 calls per token per hour, as Mist does, and waits when they are spent: the bench gives
    /// it a pool of tokens (the simulator's own API creates none it would accept), written next to the seeded ones.
    /// </summary>
    private static void AddTokenPool(string statePath, string msp)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={statePath};Pooling=False");
        connection.Open();
        foreach (var key in PoolOf(msp).Split(',').Skip(1))
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT OR REPLACE INTO tokens (key, data) SELECT @new, replace(data, key, @new) FROM tokens WHERE key = @msp";
            insert.Parameters.AddWithValue("@new", key);
            insert.Parameters.AddWithValue("@msp", msp);
            insert.ExecuteNonQuery();
        }
    }

    private static async Task CreateObjectsAsync(MistClient client, MistSimulator simulator, int sites)
    {
        var org = simulator.Seed.PrimaryOrgId;
        var orgSites = await SiteIdsAsync(client, org).ConfigureAwait(false);
        int Count(string key) => Scaled(s_orgCounts.Single(c => c.Key == key).PerThousand, sites);
        Task<JsonObject> Post(string path, JsonObject body) => SendAsync(client, HttpMethod.Post, path, body, CancellationToken.None);
        string I(int i) => i.ToString("D3", CultureInfo.InvariantCulture);

        var groups = new List<string>();
        for (var i = 1; i <= Count("sitegroups"); i++)
        {
            groups.Add((string)(await Post($"orgs/{org}/sitegroups", new JsonObject { ["name"] = $"Group {I(i)}" }).ConfigureAwait(false))["id"]!);
        }

        for (var i = 1; i <= Count("rftemplates"); i++)
        {
            await Post($"orgs/{org}/rftemplates", new JsonObject { ["name"] = $"RF {I(i)}", ["country_code"] = "FR" }).ConfigureAwait(false);
        }

        for (var i = 1; i <= Count("networks"); i++)
        {
            await Post($"orgs/{org}/networks", new JsonObject { ["name"] = $"net-{I(i)}", ["subnet"] = $"10.{i / 250}.{i % 250}.0/24", ["vlan_id"] = 100 + i }).ConfigureAwait(false);
        }

        var ssids = new List<string>();
        for (var t = 1; t <= Count("templates"); t++)
        {
            var template = await Post($"orgs/{org}/templates", new JsonObject
            {
                ["name"] = $"Template {I(t)}",
                ["applies"] = new JsonObject { ["sitegroup_ids"] = new JsonArray(groups[(t - 1) % groups.Count]) },
            }).ConfigureAwait(false);
            for (var w = 1; w <= WlansPerTemplate; w++)
            {
                var ssid = $"Corp-{I(t)}-{w}";
                ssids.Add(ssid);
                await Post($"orgs/{org}/wlans", new JsonObject
                {
                    ["ssid"] = ssid,
                    ["template_id"] = (string)template["id"]!,
                    ["vlan_id"] = 10 + w,
                    ["auth"] = new JsonObject { ["type"] = "psk", ["psk"] = $"corp-secret-{I(t)}-{w}" },
                }).ConfigureAwait(false);
            }
        }

        for (var i = 1; i <= Count("webhooks"); i++)
        {
            await Post($"orgs/{org}/webhooks", new JsonObject { ["name"] = $"hook-{I(i)}", ["url"] = $"https://hooks.example.com/{i}", ["secret"] = $"hook-secret-{i}" }).ConfigureAwait(false);
        }

        for (var i = 1; i <= Count("psks"); i++)
        {
            await Post($"orgs/{org}/psks", new JsonObject { ["name"] = $"psk-{I(i)}", ["ssid"] = ssids[(i - 1) % ssids.Count], ["passphrase"] = $"psk-passphrase-{i}" }).ConfigureAwait(false);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        await Parallel.ForEachAsync(orgSites.Select((s, i) => (s, i)), parallel, async (site, token) =>
        {
            var (id, i) = site;
            await SendAsync(client, HttpMethod.Put, $"sites/{id}", new JsonObject { ["sitegroup_ids"] = new JsonArray(groups[i % groups.Count]) }, token).ConfigureAwait(false);
            await SendAsync(client, HttpMethod.Post, $"sites/{id}/wlans", new JsonObject { ["ssid"] = $"Guest-{i:D4}", ["auth"] = new JsonObject { ["type"] = "open" } }, token).ConfigureAwait(false);
            await SendAsync(client, HttpMethod.Post, $"sites/{id}/wlans", new JsonObject { ["ssid"] = $"Staff-{i:D4}", ["vlan_id"] = 20, ["auth"] = new JsonObject { ["type"] = "psk", ["psk"] = $"staff-secret-{i:D4}" } }, token).ConfigureAwait(false);
            var map = await SendAsync(client, HttpMethod.Post, $"sites/{id}/maps", new JsonObject { ["name"] = "Floor 1" }, token).ConfigureAwait(false);
            await SendAsync(client, HttpMethod.Post, $"sites/{id}/zones", new JsonObject { ["name"] = "Lobby", ["map_id"] = (string)map["id"]! }, token).ConfigureAwait(false);
            if (i % 2 == 0)
            {
                await SendAsync(client, HttpMethod.Post, $"sites/{id}/psks", new JsonObject { ["name"] = "kiosk", ["ssid"] = $"Staff-{i:D4}", ["passphrase"] = $"kiosk-passphrase-{i:D4}" }, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Every site of the org (the seed summary holds a sample only).</summary>
    private static async Task<List<string>> SiteIdsAsync(MistClient client, string org)
    {
        var ids = new List<string>();
        await foreach (var site in client.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{org}/sites")).ConfigureAwait(false))
        {
            ids.Add(site.GetProperty("id").GetString()!);
        }

        return ids;
    }

    private static int Scaled(int perThousand, int sites) => Math.Max(1, perThousand * sites / 1000);

    private static async Task<JsonObject> SendAsync(MistClient client, HttpMethod method, string path, JsonObject? body, CancellationToken token)
    {
        var request = new MistRequest(method, path);
        if (body is not null)
        {
            request.WithJson(body);
        }

        var response = await client.SendAsync(request, token).ConfigureAwait(false);
        return JsonNode.Parse(response.Text is { Length: > 0 } text ? text : "{}") as JsonObject ?? [];
    }
}

using System.Text.Json;
using Mist.Simulator;

namespace Mist.IntegrationTests;

public class RawAndResilienceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("orgs/{org}/sites", 3)]
    [InlineData("orgs/{org}/devices/search?type=ap", 2)]
    [InlineData("orgs/{org}/inventory/search", 4)]
    public async Task Get_all_pages_any_style_into_one_complete_list(string path, int pageSize)
    {
        await using var sim = await SimulatorScope.StartAsync(o => o.Seeding.SitesPerOrg = 7);
        var request = new MistRequest(HttpMethod.Get, path.Replace("{org}", sim.Seed.PrimaryOrgId, StringComparison.Ordinal));

        var items = new List<JsonElement>();
        long? total = null;
        await foreach (var page in sim.Admin.GetAllAsync(request).AsPages(pageSizeHint: pageSize).WithCancellation(Ct))
        {
            items.AddRange(page.Values);
            total ??= page.Total;
        }

        Assert.True(items.Count > pageSize, $"expected several pages, got {items.Count} items");
        Assert.Equal(total, items.Count);
        var keys = items.Select(i => i.TryGetProperty("id", out var id) ? id.GetString() : i.GetProperty("mac").GetString()).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Raw_send_returns_status_headers_and_json_or_throws_as_asked()
    {
        await using var sim = await SimulatorScope.StartAsync();

        var ok = await sim.Admin.SendAsync(new MistRequest(HttpMethod.Get, $"orgs/{sim.OrgId}/sites?limit=2"), Ct);
        var missing = await sim.Admin.SendAsync(new MistRequest(HttpMethod.Get, "sites/00000000-0000-0000-0000-000000000001") { ThrowOnError = false }, Ct);

        Assert.Equal(200, ok.Status);
        Assert.Equal("2", ok.GetHeader("X-Page-Limit"));
        Assert.Equal(2, ok.ReadJson()!.Value.GetArrayLength());
        Assert.Equal(404, missing.Status);
        await Assert.ThrowsAsync<MistNotFoundException>(() => sim.Admin.SendAsync(new MistRequest(HttpMethod.Get, "sites/00000000-0000-0000-0000-000000000001"), Ct));
    }

    [Fact]
    public async Task Under_injected_faults_a_full_listing_is_exact_and_a_create_is_never_duplicated()
    {
        await using var sim = await SimulatorScope.StartAsync(o => o.Seeding.SitesPerOrg = 18);
        sim.Simulator.SetFaults(new FaultOptions { FiveXxRate = 0.3, RateLimitRate = 0.1, ConnectionResetRate = 0.05, Seed = 7 });
        var client = sim.Client(sim.Simulator.Tokens.Admin, o =>
        {
            o.Retry.MaxRetries = 10;
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        });

        var ids = new List<Guid>();
        await foreach (var site in client.Sites.ListAsync(sim.OrgId).AsPages(pageSizeHint: 4).WithCancellation(Ct))
        {
            ids.AddRange(site.Values.Select(s => s.Id));
        }

        Assert.Equal(18, ids.Count);
        Assert.Equal(18, ids.Distinct().Count());

        // A POST is retried only when the server provably did nothing (429, connection refused), so even when a
        // create fails it never leaves two sites behind.
        for (var i = 0; i < 10; i++)
        {
            try
            {
                await client.Sites.CreateAsync(sim.OrgId, new SiteCreateOptions($"fault-{i}"), Ct);
            }
            catch (MistException)
            {
                // The create may or may not have happened: what matters is that it did not happen twice.
            }
        }

        sim.Simulator.SetFaults(FaultOptions.None);
        var names = new List<string>();
        await foreach (var site in sim.Admin.Sites.ListAsync(sim.OrgId).WithCancellation(Ct))
        {
            names.Add(site.Name!);
        }

        Assert.All(names.Where(n => n.StartsWith("fault-", StringComparison.Ordinal)).GroupBy(n => n), g => Assert.Single(g));
        Assert.True(sim.Simulator.Counters.Total > 10);
    }
}

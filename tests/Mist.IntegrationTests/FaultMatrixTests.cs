using System.Text.Json;
using Mist.Simulator;

namespace Mist.IntegrationTests;

/// <summary>
/// The fault matrix of docs/reliability.md: each operation against the simulator under 20% 5xx, 10% 429 with
/// Retry-After, 5% connection resets and latency jitter, for several fault seeds. Every run must end with exactly
/// the right result, or with a clear <see cref="MistException"/>; never partial data, never a duplicate write.
/// </summary>
public class FaultMatrixTests
{
    public static readonly TheoryData<string, int> Runs = Build();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TheoryData<string, int> Build()
    {
        var data = new TheoryData<string, int>();
        foreach (var operation in new[] { "list-pages", "list-next", "list-search", "get", "update", "create", "claim", "assign" })
        {
            foreach (var seed in new[] { 11, 12, 13 })
            {
                data.Add(operation, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Each_operation_is_exact_or_fails_loudly_under_faults(string operation, int seed)
    {
        await using var sim = await SimulatorScope.StartAsync(o => o.Seeding.SitesPerOrg = 12);
        var expected = await ExpectedAsync(sim, operation);
        sim.Simulator.SetFaults(new FaultOptions
        {
            FiveXxRate = 0.2,
            RateLimitRate = 0.1,
            ConnectionResetRate = 0.05,
            LatencyJitterMs = 20,
            RateLimitRetryAfterSeconds = 1,
            Seed = seed,
        });
        var client = sim.Client(sim.Simulator.Tokens.Admin, o =>
        {
            o.Retry.MaxRetries = 6;
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        });

        string outcome;
        try
        {
            var actual = await RunAsync(sim, client, operation);
            Assert.Equal(expected, actual);
            outcome = "exact";
        }
        catch (MistException e)
        {
            // Failing is allowed; failing quietly or vaguely is not.
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.Contains("/api/v1/", e.Message, StringComparison.Ordinal);
            outcome = "error: " + e.GetType().Name;
        }

        sim.Simulator.SetFaults(FaultOptions.None);
        await AssertNoDuplicateWriteAsync(sim, operation);
        var line = $"{operation}\t{seed}\t{outcome}\t{sim.Simulator.Counters.Total}";
        TestContext.Current.SendDiagnosticMessage("fault-matrix " + line);
        // docs/reliability.md is built from these lines: MIST_FAULT_MATRIX_LOG=file collects them.
        if (Environment.GetEnvironmentVariable("MIST_FAULT_MATRIX_LOG") is { Length: > 0 } log)
        {
            await File.AppendAllLinesAsync(log, [line], Ct);
        }
    }

    // The answer with no faults, computed from a fault-free run (or from what a write must leave behind).
    private static async Task<string> ExpectedAsync(SimulatorScope sim, string operation) => operation switch
    {
        "update" => "renovated x6",
        "create" => "created Fault HQ 0,Fault HQ 1,Fault HQ 2,Fault HQ 3,Fault HQ 4",
        "claim" => "claimed " + string.Join(",", sim.Seed.UnclaimedCodes.Take(5)),
        "assign" => "assigned x3",
        _ => await RunAsync(sim, sim.Admin, operation),
    };

    private static async Task<string> RunAsync(SimulatorScope sim, MistClient client, string operation)
    {
        var orgId = sim.OrgId;
        var siteId = Guid.Parse(sim.Seed.Sites[0].Id);
        switch (operation)
        {
            case "list-pages":
                return Join(await PagesAsync(client.Sites.ListAsync(orgId), s => s.Id.ToString(), 5));
            case "list-next":
                return Join(await PagesAsync(client.Devices.SearchAsync(orgId), d => d.Mac!, 4));
            case "list-search":
                var request = new MistRequest(HttpMethod.Get, $"orgs/{orgId}/inventory/search");
                return Join(await PagesAsync(client.GetAllAsync(request), e => e.GetProperty("mac").GetString()!, 7));
            case "get":
                var sites = new List<string>();
                foreach (var seeded in sim.Seed.Sites.Where(x => x.OrgId == sim.Seed.PrimaryOrgId).Take(8))
                {
                    sites.Add(JsonSerializer.Serialize(await client.Sites.GetAsync(Guid.Parse(seeded.Id), Ct), MistJsonContext.Default.Site));
                }

                return string.Join("\n", sites);
            case "update":
                var notes = new List<string>();
                foreach (var seeded in sim.Seed.Sites.Where(x => x.OrgId == sim.Seed.PrimaryOrgId).Take(6))
                {
                    notes.Add((await client.Sites.UpdateAsync(Guid.Parse(seeded.Id), new SiteUpdateOptions { Notes = "renovated" }, Ct)).Notes!);
                }

                return notes.All(n => n == "renovated") ? $"renovated x{notes.Count}" : string.Join(",", notes);
            case "create":
                var names = new List<string>();
                for (var i = 0; i < 5; i++)
                {
                    names.Add((await client.Sites.CreateOnceAsync(orgId, new SiteCreateOptions($"Fault HQ {i}"), Ct)).Name!);
                }

                return "created " + string.Join(",", names);
            case "claim":
                var claimed = new List<string>();
                foreach (var code in sim.Seed.UnclaimedCodes.Take(5))
                {
                    // A claim is not retried after an ambiguous failure, but claiming is idempotent (a second claim of
                    // the same code is "duplicated"), so the caller may claim again: the code must end up claimed once.
                    var claim = await ClaimOnceAsync(client, orgId, code);
                    claimed.Add(claim.Added.Concat(claim.Duplicated).Single());
                }

                return "claimed " + string.Join(",", claimed);
            case "assign":
                var macs = sim.Seed.Devices.Where(d => d.OrgId == sim.Seed.PrimaryOrgId && d.SiteId is null).Select(d => d.Mac).Take(3).ToList();
                var done = 0;
                foreach (var mac in macs)
                {
                    var result = await client.Inventory.AssignAsync(orgId, siteId, [mac], cancellationToken: Ct);
                    done += result.IsComplete && result.Success.SequenceEqual([mac]) ? 1 : 0;
                }

                return $"assigned x{done}";
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }

    private static async Task<ClaimResult> ClaimOnceAsync(MistClient client, Guid orgId, string code)
    {
        try
        {
            return await client.Inventory.ClaimAsync(orgId, [code], Ct);
        }
        catch (MistException e) when (e is MistServerException or MistConnectionException or MistTimeoutException)
        {
            return await client.Inventory.ClaimAsync(orgId, [code], Ct);
        }
    }

    private static async Task AssertNoDuplicateWriteAsync(SimulatorScope sim, string operation)
    {
        switch (operation)
        {
            case "create":
                for (var i = 0; i < 5; i++)
                {
                    Assert.True((await sim.Admin.Sites.FindByNameAsync(sim.OrgId, $"Fault HQ {i}", Ct)).Count <= 1, $"Fault HQ {i} was created twice");
                }

                break;
            case "claim":
                var inventory = new List<string>();
                await foreach (var item in sim.Admin.Inventory.ListAsync(sim.OrgId, new InventoryListOptions { Type = DeviceType.All }).WithCancellation(Ct))
                {
                    inventory.Add(item.Mac!);
                }

                Assert.Equal(inventory.Count, inventory.Distinct().Count());
                break;
        }
    }

    private static async Task<List<string>> PagesAsync<T>(AsyncPageable<T> pageable, Func<T, string> key, int pageSize)
        where T : notnull
    {
        var keys = new List<string>();
        await foreach (var page in pageable.AsPages(pageSizeHint: pageSize).WithCancellation(Ct))
        {
            keys.AddRange(page.Values.Select(key));
        }

        Assert.Equal(keys.Count, keys.Distinct().Count());
        return keys;
    }

    private static string Join(IEnumerable<string> keys) => string.Join(",", keys.Order(StringComparer.Ordinal));
}

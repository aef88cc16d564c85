namespace Mist.IntegrationTests;

/// <summary>
/// Bad input given to the SDK is refused with a clear message before anything is sent: the simulator counts no
/// request. (The CLI's and the MCP server's tables are in their own test projects.)
/// </summary>
public class BadInputTests
{
    public static readonly TheoryData<string, string> Cases = new()
    {
        { "unknown cloud", "Unknown Mist cloud" },
        { "http to a network host", "Refusing http://" },
        { "empty token", "is empty" },
        { "token with a space", "whitespace" },
        { "token with a newline", "line break" },
        { "same token twice in a pool", "same token twice" },
        { "assign a value that is not a MAC", "Not MAC addresses" },
        { "assign no device", "at least one MAC" },
        { "claim no code", "at least one claim code" },
        { "claim an empty code", "no empty ones" },
        { "update with no field", "No field to change" },
        { "raw request to another host", "absolute URL" },
        { "raw request leaving /api/v1", "'..'" },
        { "raw request with PATCH", "not PATCH" },
        { "raw request with malformed JSON", "not valid JSON" },
        { "search by a malformed MAC", "is not a MAC address" },
        { "site with a blank name", "name" },
        { "zero attempt timeout", "Timeouts must be positive" },
        { "zero hourly budget", "CallsPerHour must be positive" },
        { "page size of zero", "page size must be positive" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_before_anything_is_sent(string input, string message)
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var siteId = Guid.Parse(sim.Seed.Sites[0].Id);
        sim.Simulator.Counters.Reset();

        var error = await Record.ExceptionAsync(async () =>
        {
            switch (input)
            {
                case "unknown cloud": MistCloud.Parse("mars01"); break;
                case "http to a network host": MistCloud.Parse("http://10.1.2.3:8080"); break;
                case "empty token": sim.Client(""); break;
                case "token with a space": sim.Client("abc def"); break;
                case "token with a newline": sim.Client(sim.Simulator.Tokens.Admin + "\n"); break;
                case "same token twice in a pool": sim.Client(sim.Simulator.Tokens.Admin + "," + sim.Simulator.Tokens.Admin); break;
                case "assign a value that is not a MAC": await sim.Admin.Inventory.AssignAsync(sim.OrgId, siteId, ["5c:5b:35:zz:00:01"], cancellationToken: ct); break;
                case "assign no device": await sim.Admin.Inventory.AssignAsync(sim.OrgId, siteId, [], cancellationToken: ct); break;
                case "claim no code": await sim.Admin.Inventory.ClaimAsync(sim.OrgId, [], ct); break;
                case "claim an empty code": await sim.Admin.Inventory.ClaimAsync(sim.OrgId, ["ABC", " "], ct); break;
                case "update with no field": await sim.Admin.Sites.UpdateAsync(siteId, new SiteUpdateOptions(), ct); break;
                case "raw request to another host": await sim.Admin.SendAsync(new MistRequest(HttpMethod.Get, "https://evil.example/api/v1/self"), ct); break;
                case "raw request leaving /api/v1": await sim.Admin.SendAsync(new MistRequest(HttpMethod.Get, "orgs/../../admin"), ct); break;
                case "raw request with PATCH": await sim.Admin.SendAsync(new MistRequest(HttpMethod.Patch, "self"), ct); break;
                case "raw request with malformed JSON": await sim.Admin.SendAsync(new MistRequest(HttpMethod.Put, "self").WithJson("{\"name\":"), ct); break;
                case "search by a malformed MAC": sim.Admin.Devices.SearchAsync(sim.OrgId, new DeviceSearchOptions { Mac = "5c5b35" }); break;
                case "site with a blank name": await sim.Admin.Sites.CreateAsync(sim.OrgId, new SiteCreateOptions("   "), ct); break;
                case "zero attempt timeout": sim.Client(sim.Simulator.Tokens.Admin, o => o.AttemptTimeout = TimeSpan.Zero); break;
                case "zero hourly budget": sim.Client(sim.Simulator.Tokens.Admin, o => o.RateBudget.CallsPerHour = 0); break;
                case "page size of zero":
                    await foreach (var _ in sim.Admin.Sites.ListAsync(sim.OrgId).AsPages(pageSizeHint: 0).WithCancellation(ct))
                    {
                    }

                    break;
                default: throw new ArgumentOutOfRangeException(nameof(input), input, null);
            }
        });

        var refused = Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, sim.Simulator.Counters.Total);
    }
}

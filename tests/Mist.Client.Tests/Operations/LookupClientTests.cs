using System.Net;

namespace Mist.Tests.Operations;

/// <summary>
/// <see cref="LookupClient"/> and <see cref="MistNameMatch"/>: the one name rule the CLI and the MCP server share,
/// and exactly the requests each lookup makes.
/// </summary>
public class LookupClientTests
{
    private const string Mac = "5c5b35000018";
    private static readonly Guid s_orgB = Guid.Parse("6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e00");
    private static readonly Guid s_orgC = Guid.Parse("6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e01");
    private static readonly Guid s_site2 = Guid.Parse("4ac1dcf4-9d8b-7211-65c4-057819f08622");
    private static readonly Guid s_site3 = Guid.Parse("4ac1dcf4-9d8b-7211-65c4-057819f08633");
    private static readonly string s_searchPath = $"/api/v1/orgs/{TestClient.OrgId}/sites/search";
    private static readonly string s_sitesPath = $"/api/v1/orgs/{TestClient.OrgId}/sites";
    private static readonly string s_namesPath = $"/api/v1/orgs/{TestClient.OrgId}/devices";

    private sealed record Named(Guid Id, string? Name);

    [Fact]
    public void An_exact_name_wins_over_a_case_insensitive_one()
    {
        var match = MistNameMatch.Match([new Named(s_site2, "lab"), new Named(TestClient.SiteId, "Lab")], "Lab", n => n.Id, n => n.Name);

        Assert.Equal(MistMatchOutcome.Found, match.Outcome);
        Assert.Equal(TestClient.SiteId, match.Id);
        Assert.False(match.IgnoredCase);
    }

    [Fact]
    public void A_name_in_another_case_finds_the_only_one_that_fits_and_says_so()
    {
        var match = MistNameMatch.Match([new Named(TestClient.SiteId, "Paris 001"), new Named(s_site2, "Paris 011")], "  paris 001 ", n => n.Id, n => n.Name);

        Assert.True(match.IsFound);
        Assert.Equal(TestClient.SiteId, match.Id);
        Assert.True(match.IgnoredCase);
        Assert.Equal("paris 001", match.Query);
    }

    [Fact]
    public void Two_names_that_differ_only_by_case_are_ambiguous_for_a_third_spelling()
    {
        var match = MistNameMatch.Match([new Named(TestClient.SiteId, "Lab"), new Named(s_site2, "LAB")], "lab", n => n.Id, n => n.Name);

        Assert.Equal(MistMatchOutcome.Ambiguous, match.Outcome);
        Assert.Equal([TestClient.SiteId, s_site2], match.Candidates.Select(c => c.Id));
        Assert.Equal(Guid.Empty, match.Id);
    }

    [Fact]
    public void A_miss_names_the_nearest_names_and_an_id_matches_only_its_id()
    {
        Named[] all = [new(TestClient.SiteId, "Paris 001"), new(s_site2, "Paris 011"), new(s_orgB, "Lyon"), new(s_orgC, null)];

        var miss = MistNameMatch.Match(all, "Pari 001", n => n.Id, n => n.Name);
        var byId = MistNameMatch.Match(all, s_site2.ToString().ToUpperInvariant(), n => n.Id, n => n.Name);
        var unknownId = MistNameMatch.Match(all, Guid.NewGuid().ToString(), n => n.Id, n => n.Name);

        Assert.Equal(MistMatchOutcome.NotFound, miss.Outcome);
        Assert.Equal(["Paris 001", "Paris 011"], miss.NearestNames);
        Assert.Equal(("Paris 011", s_site2), (byId.Value!.Name, byId.Id));
        Assert.Equal(MistMatchOutcome.NotFound, unknownId.Outcome);
        Assert.Throws<ArgumentException>(() => MistNameMatch.Match(all, " ", n => n.Id, n => n.Name));
    }

    [Fact]
    public async Task An_org_id_costs_no_request_and_an_org_name_reads_the_orgs_once()
    {
        using var t = Orgs();

        var byId = await t.Client.Lookup.OrgAsync(s_orgB.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal((MistMatchOutcome.Found, s_orgB), (byId.Outcome, byId.Id));
        Assert.Null(byId.Value);
        Assert.Empty(t.Handler.Requests);

        var byName = await t.Client.Lookup.OrgAsync("beta", TestContext.Current.CancellationToken);
        Assert.Equal((s_orgB, "Beta", true), (byName.Id, byName.Value!.Name, byName.IgnoredCase));
        RequestAssert.Sent(t.Handler.SingleRequest, "GET", "/api/v1/self");

        var none = await t.Client.Lookup.OrgAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal(MistMatchOutcome.Ambiguous, none.Outcome);
        Assert.Equal(3, none.Candidates.Count);

        var twice = LookupClient.MatchOrg("GAMMA", [new(s_orgB, "Gamma", "read", "org", null), new(s_orgC, "gamma", "read", "org", null)]);
        Assert.Equal(MistMatchOutcome.Ambiguous, twice.Outcome);
    }

    [Fact]
    public void The_only_org_is_found_when_none_is_named_and_no_org_is_not_found()
    {
        var only = new ReachableOrg(s_orgB, "Beta", "admin", "org", null);

        Assert.Equal(s_orgB, LookupClient.MatchOrg(null, [only]).Id);
        Assert.Equal(s_orgB, LookupClient.MatchOrg(" ", [only]).Id);
        Assert.Equal(MistMatchOutcome.NotFound, LookupClient.MatchOrg(null, []).Outcome);
        Assert.Same(only, LookupClient.MatchOrg(s_orgB.ToString(), [only]).Value);
    }

    [Fact]
    public async Task A_site_name_in_another_case_is_found_from_one_listing_after_the_exact_search_misses()
    {
        using var t = Sites();

        var match = await t.Client.Lookup.SiteAsync(TestClient.OrgId, "paris 001", TestContext.Current.CancellationToken);

        Assert.Equal((TestClient.SiteId, "Paris 001", true), (match.Id, match.Value!.Name, match.IgnoredCase));
        Assert.Equal(["GET " + s_searchPath, "GET " + s_sitesPath], t.Handler.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task An_exact_site_name_costs_the_search_and_one_read()
    {
        using var t = Sites();

        var match = await t.Client.Lookup.SiteAsync(TestClient.OrgId, "Paris 001", TestContext.Current.CancellationToken);

        Assert.Equal((TestClient.SiteId, false), (match.Id, match.IgnoredCase));
        Assert.Equal(["GET " + s_searchPath, $"GET /api/v1/sites/{TestClient.SiteId}"], t.Handler.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_site_name_that_fits_nothing_gives_the_nearest_names()
    {
        using var t = Sites();

        var match = await t.Client.Lookup.SiteAsync(TestClient.OrgId, "Paris 01", TestContext.Current.CancellationToken);

        Assert.Equal(MistMatchOutcome.NotFound, match.Outcome);
        Assert.Equal(["Paris 001", "Paris 011"], match.NearestNames);
    }

    [Fact]
    public async Task A_site_id_of_another_org_or_unknown_is_not_found_and_a_name_needs_an_org()
    {
        using var t = Sites();

        var otherOrg = await t.Client.Lookup.SiteAsync(s_orgB, TestClient.SiteId.ToString(), TestContext.Current.CancellationToken);
        var unknown = await t.Client.Lookup.SiteAsync(null, s_site2.ToString(), TestContext.Current.CancellationToken);
        var anyOrg = await t.Client.Lookup.SiteAsync(null, TestClient.SiteId.ToString(), TestContext.Current.CancellationToken);

        Assert.Equal(MistMatchOutcome.NotFound, otherOrg.Outcome);
        Assert.Equal(MistMatchOutcome.NotFound, unknown.Outcome);
        Assert.Equal(TestClient.SiteId, anyOrg.Id);
        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Lookup.SiteAsync(null, "Paris 001", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_device_name_in_another_case_reads_the_names_once()
    {
        using var t = Devices();

        var match = await t.Client.Lookup.DeviceAsync(TestClient.OrgId, "LOBBY", TestContext.Current.CancellationToken);

        Assert.Equal((TestClient.DeviceId, Mac, true), (match.Id, match.Value!.Mac, match.IgnoredCase));
        Assert.Single(t.Handler.Requests, r => r.Path == s_namesPath);
    }

    [Fact]
    public async Task A_device_miss_names_the_nearest_and_a_shared_name_is_ambiguous()
    {
        using var t = Devices();

        var miss = await t.Client.Lookup.DeviceAsync(TestClient.OrgId, "Lobbby", TestContext.Current.CancellationToken);
        var shared = await t.Client.Lookup.DeviceAsync(TestClient.OrgId, "spare ap", TestContext.Current.CancellationToken);

        Assert.Equal(MistMatchOutcome.NotFound, miss.Outcome);
        Assert.Equal("Lobby", miss.NearestNames[0]);
        Assert.Equal(MistMatchOutcome.Ambiguous, shared.Outcome);
        Assert.Equal(2, shared.Candidates.Count);
    }

    private static TestClient Orgs()
    {
        var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, $$"""
            {"privileges":[{"scope":"org","role":"admin","org_id":"{{TestClient.OrgId}}","name":"Acme"},
                           {"scope":"org","role":"read","org_id":"{{s_orgB}}","name":"Beta"},
                           {"scope":"org","role":"read","org_id":"{{s_orgC}}","name":"Gamma"}]}
            """);
        return t;
    }

    private static TestClient Sites()
    {
        var t = new TestClient();
        t.Handler.On("GET", s_searchPath, r => FakeMistHandler.Response(
            HttpStatusCode.OK,
            r.Query("name") == "Paris 001"
                ? $$"""{"results":[{"id":"{{TestClient.SiteId}}","name":"Paris 001"}],"limit":1000,"total":1}"""
                : """{"results":[],"limit":1000,"total":0}"""));
        t.Handler.On("GET", $"/api/v1/sites/{TestClient.SiteId}", HttpStatusCode.OK, Json.Site(TestClient.SiteId, "Paris 001"));
        t.Handler.On("GET", $"/api/v1/sites/{s_site2}", HttpStatusCode.NotFound, """{"detail":"Not found."}""");
        t.Handler.On("GET", s_sitesPath, HttpStatusCode.OK, Json.Array([Json.Site(TestClient.SiteId, "Paris 001"), Json.Site(s_site3, "Paris 011")]), ("X-Page-Total", "2"));
        return t;
    }

    private static TestClient Devices()
    {
        var t = new TestClient();
        var lobby = $$"""{"id":"{{TestClient.DeviceId}}","mac":"{{Mac}}","serial":"FXLH2015150025","type":"ap","name":"Lobby"}""";
        var spare1 = """{"mac":"5c5b35000020","serial":"S1","type":"ap","name":"Spare AP"}""";
        var spare2 = """{"mac":"5c5b35000021","serial":"S2","type":"ap","name":"Spare AP"}""";
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/inventory", r => FakeMistHandler.Response(HttpStatusCode.OK, r.Query("mac") switch
        {
            Mac => Json.Array([lobby]),
            "5c5b35000020" => Json.Array([spare1]),
            "5c5b35000021" => Json.Array([spare2]),
            _ => "[]",
        }));
        t.Handler.On("GET", s_namesPath, HttpStatusCode.OK, $$"""
            {"results":[{"mac":"{{Mac}}","name":"Lobby"},{"mac":"5c5b35000020","name":"Spare AP"},{"mac":"5c5b35000021","name":"Spare AP"}]}
            """);
        return t;
    }
}

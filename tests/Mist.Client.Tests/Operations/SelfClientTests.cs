using System.Net;

namespace Mist.Tests.Operations;

public class SelfClientTests
{
    private static readonly Guid s_orgA = Guid.Parse("0a000000-0000-4000-8000-00000000000a");
    private static readonly Guid s_orgB = Guid.Parse("0b000000-0000-4000-8000-00000000000b");
    private static readonly Guid s_orgC = Guid.Parse("0c000000-0000-4000-8000-00000000000c");
    private static readonly Guid s_orgD = Guid.Parse("0d000000-0000-4000-8000-00000000000d");
    private static readonly Guid s_msp = Guid.Parse("e0000000-0000-4000-8000-0000000000e0");
    private static readonly Guid s_site = Guid.Parse("50000000-0000-4000-8000-000000000050");

    [Fact]
    public async Task GetAsync_sends_GET_self_and_maps_the_admin_and_privileges()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, $$"""
            {"admin_id":"{{s_msp}}","email":"ops@example.com","first_name":"Ada","last_name":"Lovelace",
             "tags":["sre",{"k":1}],
             "privileges":[{"scope":"org","role":"admin","org_id":"{{s_orgA}}","name":"Acme","views":["reporting"]},
                           {"scope":"site","role":"read","org_id":"{{s_orgB}}","site_id":"{{s_site}}","name":"HQ","org_name":"Beta"},
                           {"scope":"msp","role":"write","msp_id":"{{s_msp}}","msp_name":"Partner"}]}
            """);

        var self = await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);

        var request = t.Handler.SingleRequest;
        RequestAssert.Sent(request, "GET", "/api/v1/self");
        RequestAssert.NoBody(request);
        Assert.Equal(s_msp, self.AdminId);
        Assert.Equal("ops@example.com", self.Email);
        Assert.Equal("Ada", self.FirstName);
        Assert.Equal("Lovelace", self.LastName);
        Assert.Null(self.Name);
        Assert.Equal("""["sre",{"k":1}]""", self.AdditionalProperties!["tags"].GetRawText());
        Assert.Equal(3, self.Privileges.Count);
        var org = self.Privileges[0];
        Assert.Equal(("org", "admin", s_orgA, "Acme"), (org.Scope, org.Role, org.OrgId, org.Name));
        Assert.Equal("""["reporting"]""", org.AdditionalProperties!["views"].GetRawText());
        var site = self.Privileges[1];
        Assert.Equal(("site", "read", s_orgB, s_site, "Beta"), (site.Scope, site.Role, site.OrgId, site.SiteId, site.OrgName));
        var msp = self.Privileges[2];
        Assert.Equal(("msp", "write", s_msp, "Partner"), (msp.Scope, msp.Role, msp.MspId, msp.MspName));
        Assert.Null(msp.OrgId);
    }

    [Fact]
    public async Task GetUsageAsync_sends_GET_self_usage_and_maps_the_counters()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self/usage", HttpStatusCode.OK, """{"request_limit":5000,"requests":42,"seconds":1234.5,"window":"hour"}""");

        var usage = await t.Client.Self.GetUsageAsync(TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", "/api/v1/self/usage");
        RequestAssert.NoBody(t.Handler.SingleRequest);
        Assert.Equal(5000, usage.RequestLimit);
        Assert.Equal(42, usage.Requests);
        Assert.Equal(1234.5, usage.Seconds);
        Assert.Equal("hour", usage.AdditionalProperties!["window"].GetString());
    }

    [Fact]
    public async Task ListOrgsAsync_merges_org_site_and_msp_privileges_deduped_with_strongest_role_sorted_by_name()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, $$"""
            {"privileges":[
              {"scope":"site","role":"read","org_id":"{{s_orgA}}","site_id":"{{s_site}}","name":"HQ","org_name":"Beta"},
              {"scope":"org","role":"write","org_id":"{{s_orgA}}","name":"Beta"},
              {"scope":"site","role":"read","org_id":"{{s_orgB}}","site_id":"{{s_site}}","name":"Lab","org_name":"alpha"},
              {"scope":"sitegroup","role":"installer","org_id":"{{s_orgB}}","org_name":"alpha"},
              {"scope":"msp","role":"read","msp_id":"{{s_msp}}","name":"Partner"},
              {"scope":"site","role":"admin","org_id":"{{s_orgC}}","site_id":"{{s_site}}","org_name":"Gamma"},
              {"scope":"orggroup","role":"admin","orggroup_id":"{{s_site}}"}]}
            """);
        t.Handler.On("GET", $"/api/v1/msps/{s_msp}/orgs", HttpStatusCode.OK, $$"""
            [{"id":"{{s_orgC}}","name":"Gamma","msp_id":"{{s_msp}}"},
             {"id":"{{s_orgD}}","name":"delta","msp_id":"{{s_msp}}"},
             {"id":"{{s_orgA}}","name":"Beta","msp_id":"{{s_msp}}"}]
            """);

        var orgs = await t.Client.Self.ListOrgsAsync(TestContext.Current.CancellationToken);

        Assert.Collection(
            t.Handler.Requests,
            r => RequestAssert.Sent(r, "GET", "/api/v1/self"),
            r => RequestAssert.Sent(r, "GET", $"/api/v1/msps/{s_msp}/orgs"));
        Assert.Equal(
            [
                new ReachableOrg(s_orgB, "alpha", "installer", "site", null),
                new ReachableOrg(s_orgA, "Beta", "write", "org", null),
                new ReachableOrg(s_orgD, "delta", "read", "msp", s_msp),
                new ReachableOrg(s_orgC, "Gamma", "admin", "msp", s_msp),
            ],
            orgs);
    }

    [Fact]
    public async Task ListOrgsAsync_without_msp_scope_makes_one_call()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, $$"""
            {"name":"org token","privileges":[{"scope":"org","role":"admin","org_id":"{{s_orgA}}","name":"Acme"}]}
            """);

        var orgs = await t.Client.Self.ListOrgsAsync(TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "GET", "/api/v1/self");
        Assert.Equal([new ReachableOrg(s_orgA, "Acme", "admin", "org", null)], orgs);
    }
}

namespace Mist.Simulator.Tests;

/// <summary>
/// The count operations (<c>count?distinct=...</c>): the spec's distinct values with their defaults, the matching
/// search's filters, <c>limit</c> on the result rows, most frequent first, and the same 400/403/404 as the searches.
/// </summary>
public sealed class CountEndpointTests
{
    /// <summary>Each count with its default distinct and a value the spec does not list for it.</summary>
    public static TheoryData<string, string, string> Operations() => new()
    {
        { "orgs/{org}/sites/count", "id", "model" },
        { "orgs/{org}/devices/count", "model", "map_id" },
        { "sites/{site}/devices/count", "model", "site_id" },
        { "orgs/{org}/inventory/count", "model", "hostname" },
        { "orgs/{org}/clients/count", "device", "band" },
        { "sites/{site}/clients/count", "device", "mac" },
        { "orgs/{org}/devices/events/count", "model", "type_code" },
        { "sites/{site}/devices/events/count", "model", "apfw" },
        { "orgs/{org}/alarms/count", "type", "status" },
        { "sites/{site}/alarms/count", "type", "site_id" },
        { "orgs/{org}/logs/count", "admin_name", "timestamp" },
        { "orgs/{org}/clients/events/count", "type", "mac" },
    };

    private static MistSimulatorOptions Wireless() => new() { Seeding = new SeedOptions { Wireless = true, ClientsPerAp = 2 } };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_count_answers_response_count_with_its_default_distinct_most_frequent_first(string template, string fallback, string unknown)
    {
        _ = unknown;
        await using var sim = await SimulatorClient.StartAsync(Wireless());
        var path = Fill(sim, template);

        var body = await sim.GetJsonAsync($"api/v1/{path}?duration=7d");

        Assert.Equal(fallback, (string?)body["distinct"]);
        Assert.Equal(100, (int)body["limit"]!);
        Assert.True((long)body["end"]! - (long)body["start"]! == 7 * 86400);
        var results = body["results"]!.AsArray();
        Assert.True((long)body["total"]! >= results.Count);
        var counts = results.Select(r => (long)r!["count"]!).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.All(results, r => Assert.Equal(2, r!.AsObject().Count));
        Assert.All(results, r => Assert.NotNull((string?)r![fallback]));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task An_unknown_distinct_is_refused_naming_the_allowed_values(string template, string fallback, string unknown)
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/{Fill(sim, template)}?distinct={unknown}", null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var detail = (string)body!["detail"]!;
        Assert.Contains($"invalid distinct: {unknown}", detail, StringComparison.Ordinal);
        Assert.Contains(fallback, detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_count_is_refused_to_another_org_and_answers_an_unknown_scope_as_its_search(string template, string fallback, string unknown)
    {
        _ = (fallback, unknown);
        await using var sim = await SimulatorClient.StartAsync();
        const string Nobody = "00000000-0000-0000-0000-00000000abcd";

        var (forbidden, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/{Fill(sim, template)}", null, sim.Tokens.OtherOrg);
        var unknownScope = template.Replace("{org}", Nobody, StringComparison.Ordinal).Replace("{site}", Nobody, StringComparison.Ordinal);
        var (missing, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/{unknownScope}", null);
        var (missingSearch, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/{unknownScope.Replace("/count", "/search", StringComparison.Ordinal)}", null);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        // As the searches answer: no privilege on an unknown org (403), an unknown site is not found (404).
        Assert.Equal(template.StartsWith("orgs/", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, missing);
        if (!template.Contains("clients/events", StringComparison.Ordinal))
        {
            Assert.Equal(missingSearch, missing);
        }
    }

    [Fact]
    public async Task Device_counts_apply_the_searchs_filters_and_add_up_to_its_total()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var org = sim.OrgId;

        foreach (var type in new[] { "ap", "switch", "gateway" })
        {
            var search = await sim.GetJsonAsync($"api/v1/orgs/{org}/devices/search?type={type}&limit=1");
            var count = await sim.GetJsonAsync($"api/v1/orgs/{org}/devices/count?type={type}&distinct=model");
            Assert.Equal((long)search["total"]!, count["results"]!.AsArray().Sum(r => (long)r!["count"]!));
        }

        var site = sim.Seed.Sites.First(s => s.OrgId == org).Id;
        var bySite = await sim.GetJsonAsync($"api/v1/orgs/{org}/devices/count?distinct=site_id&site_id={site}");
        var siteSearch = await sim.GetJsonAsync($"api/v1/sites/{site}/devices/search?limit=1");
        var siteCount = await sim.GetJsonAsync($"api/v1/sites/{site}/devices/count?distinct=hostname");

        var only = Assert.Single(bySite["results"]!.AsArray());
        Assert.Equal(site, (string?)only!["site_id"]);
        Assert.Equal((long)siteSearch["total"]!, (long)only["count"]!);
        Assert.Equal((long)siteSearch["total"]!, siteCount["results"]!.AsArray().Sum(r => (long)r!["count"]!));
    }

    [Fact]
    public async Task Inventory_counts_by_status_and_filter_by_model()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var org = sim.OrgId;
        var search = await sim.GetJsonAsync($"api/v1/orgs/{org}/inventory/search?type=switch&limit=1");
        var byStatus = await sim.GetJsonAsync($"api/v1/orgs/{org}/inventory/count?type=switch&distinct=status");
        var byModel = await sim.GetJsonAsync($"api/v1/orgs/{org}/inventory/count?type=switch&distinct=model");
        var model = (string)byModel["results"]![0]!["model"]!;
        var oneModel = await sim.GetJsonAsync($"api/v1/orgs/{org}/inventory/count?type=switch&distinct=model&model={model}");
        var (bad, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{org}/inventory/count?status=lost", null);

        Assert.True((long)search["total"]! > 0);
        Assert.Equal((long)search["total"]!, byStatus["results"]!.AsArray().Sum(r => (long)r!["count"]!));
        Assert.All(byStatus["results"]!.AsArray(), r => Assert.Contains((string)r!["status"]!, new[] { "connected", "disconnected" }));
        Assert.Equal(model, (string?)Assert.Single(oneModel["results"]!.AsArray())!["model"]);
        Assert.Equal((long)byModel["results"]![0]!["count"]!, (long)oneModel["total"]! == 1 ? (long)oneModel["results"]![0]!["count"]! : -1);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("status", (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_caps_the_result_rows_while_total_counts_every_distinct_value()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var sites = sim.Seed.Sites.Count(s => s.OrgId == sim.OrgId);

        var capped = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/sites/count?distinct=id&limit=2");
        var wifi = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/sites/count?distinct=wifi_enabled");
        var (bad, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}/sites/count?limit=-1", null);

        Assert.True(sites > 2, $"{sites} sites");
        Assert.Equal(2, capped["results"]!.AsArray().Count);
        Assert.Equal(sites, (long)capped["total"]!);
        Assert.Equal(sites, wifi["results"]!.AsArray().Sum(r => (long)r!["count"]!));
        Assert.All(wifi["results"]!.AsArray(), r => Assert.Contains((string)r!["wifi_enabled"]!, new[] { "true", "false" }));
        Assert.Equal(HttpStatusCode.BadRequest, bad);
    }

    [Fact]
    public async Task Activity_counts_apply_the_time_window_and_the_searchs_filters()
    {
        await using var sim = await SimulatorClient.StartAsync(Wireless());
        var org = sim.OrgId;

        var events = await sim.GetJsonAsync($"api/v1/orgs/{org}/devices/events/search?duration=7d&limit=1");
        var eventTypes = await sim.GetJsonAsync($"api/v1/orgs/{org}/devices/events/count?duration=7d&distinct=type");
        var type = (string)eventTypes["results"]![0]!["type"]!;
        var oneType = await sim.GetJsonAsync($"api/v1/orgs/{org}/devices/events/search?duration=7d&limit=1&type={type}");
        var lastMinute = await sim.GetJsonAsync($"api/v1/orgs/{org}/devices/events/count?duration=1m&distinct=type");
        var clients = await sim.GetJsonAsync($"api/v1/orgs/{org}/clients/search?duration=1d&limit=1");
        var bySsid = await sim.GetJsonAsync($"api/v1/orgs/{org}/clients/count?duration=1d&distinct=ssid");
        var (badBand, bandBody) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{org}/clients/count?band=7", null);
        var (badWindow, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{org}/alarms/count?duration=2x", null);

        Assert.NotEmpty(eventTypes["results"]!.AsArray());
        Assert.NotEmpty(bySsid["results"]!.AsArray());
        Assert.Equal((long)events["total"]!, eventTypes["results"]!.AsArray().Sum(r => (long)r!["count"]!));
        Assert.Equal((long)oneType["total"]!, (long)eventTypes["results"]![0]!["count"]!);
        Assert.Empty(lastMinute["results"]!.AsArray());
        Assert.Equal(0, (long)lastMinute["total"]!);
        Assert.Equal((long)clients["total"]!, bySsid["results"]!.AsArray().Sum(r => (long)r!["count"]!));
        Assert.Equal(HttpStatusCode.BadRequest, badBand);
        Assert.Contains("band", (string?)bandBody!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badWindow);
    }

    [Fact]
    public async Task Alarm_counts_filter_by_acked_and_answer_booleans_as_text()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var ap = sim.Seed.Devices.First(d => d.OrgId == sim.OrgId && d.SiteId is not null && d.Type == "ap");
        await ActivityTests.ControlAsync(sim, ap.Id, connected: false);

        var all = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/alarms/count?distinct=acked&duration=1h");
        var acked = await sim.GetJsonAsync($"api/v1/sites/{ap.SiteId}/alarms/count?distinct=type&acked=true&duration=1h");
        var bySite = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/alarms/count?distinct=site_id&site_id={ap.SiteId}&duration=1h");
        var (bad, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{ap.SiteId}/alarms/count?acked=maybe", null);

        Assert.Equal("false", (string?)Assert.Single(all["results"]!.AsArray())!["acked"]);
        Assert.Empty(acked["results"]!.AsArray());
        Assert.Equal(ap.SiteId, (string?)Assert.Single(bySite["results"]!.AsArray())!["site_id"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
    }

    private static string Fill(SimulatorClient sim, string template) =>
        template.Replace("{org}", sim.OrgId, StringComparison.Ordinal)
            .Replace("{site}", sim.Seed.Sites.First(s => s.OrgId == sim.OrgId).Id, StringComparison.Ordinal);
}

namespace Mist.Cli.Tests;

/// <summary><c>mist api</c> against the operation table: operationIds, --list, and checks that send nothing.</summary>
public class ApiOperationTests
{
    [Fact]
    public async Task An_operationId_takes_the_current_org_the_site_and_other_path_values_from_f()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = cli.Seed.Devices.First(d => d.SiteId is not null && d.OrgId == cli.Seed.PrimaryOrgId);
        var site = cli.Seed.Sites.Single(s => s.Id == device.SiteId);

        var sites = await cli.RunAsync("api", "listOrgSites", "-f", "limit=2");
        var bySite = await cli.RunAsync("api", "getSiteDevice", "--site", site.Name, "-f", $"device_id={device.Id}");
        var byId = await cli.RunAsync("api", "getSiteDevice", "-f", $"site_id={site.Id}", "-f", $"device_id={device.Id}");

        Assert.True(sites.ExitCode == 0, sites.ToString());
        Assert.Equal(2, sites.Json.AsArray().Count);
        Assert.True(bySite.ExitCode == 0, bySite.ToString());
        Assert.Equal(device.Mac, bySite.Json["mac"]!.GetValue<string>());
        Assert.Equal(device.Mac, byId.Json["mac"]!.GetValue<string>());
        Assert.Equal(2, cli.Simulator.Counters.Get("GET", "/api/v1/sites/{site_id}/devices/{device_id}"));
    }

    [Theory]
    [InlineData("an unknown path", "orgs/{org_id}/wlan", "is not an operation of the Mist API", "GET /api/v1/orgs/{org_id}/wlans (listOrgWlans)")]
    [InlineData("a method the path does not take", "-X|POST|sites/4ac1dcf4-9d8b-7211-65c4-057819f0862b", "POST is not an operation of /api/v1/sites/{site_id}", "GET (getSiteInfo)")]
    [InlineData("a query parameter the operation does not take", "orgs/{org_id}/sites?limt=2", "listOrgSites takes no query parameter 'limt'", "It takes: limit, page")]
    [InlineData("a query value of the wrong type", "-X|GET|orgs/{org_id}/sites|-f|limit=ten", "listOrgSites: limit takes a whole number, not 'ten'", "")]
    [InlineData("a value outside an enum", "orgs/{org_id}/stats/devices?status=up", "status takes one of all, connected, disconnected", "")]
    [InlineData("a path value that is not a UUID", "sites/4ac1dcf4-9d8b-7211-65c4-057819f0862b/devices/lobby-ap", "getSiteDevice: device_id takes a UUID, not 'lobby-ap'", "")]
    [InlineData("an operationId without its path value", "getSiteDevice|--site|Paris 001", "getSiteDevice needs {device_id}: add -f device_id=VALUE", "")]
    [InlineData("an operationId with another method", "listOrgSites|-X|POST", "listOrgSites is GET /api/v1/orgs/{org_id}/sites; -X POST does not apply", "")]
    [InlineData("--paginate on an operation that does not page", "getOrgStats|--paginate", "getOrgStats does not page", "")]
    [InlineData("--site on a path without {site_id}", "orgs/{org_id}/sites|--site|Paris 001", "--site fills {site_id}", "")]
    public async Task Bad_input_is_refused_with_exit_2_and_nothing_is_sent(string what, string arguments, string message, string hint)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(["api", .. arguments.Split('|')]);

        Assert.True(result.ExitCode == 2, $"{what}: {result}");
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(hint, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Skip_check_sends_what_the_table_does_not_know()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("api", "orgs/{org_id}/sites?limt=2", "--skip-check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, cli.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/sites"));
    }

    [Fact]
    public async Task List_filters_operations_by_text_or_glob_without_a_session()
    {
        await using var cli = await CliHarness.StartAsync();

        var wlans = await cli.RunAsync("api", "--list", "wlans", "-o", "json");
        var glob = await cli.RunAsync("api", "--list", "listOrg*s", "--fields", "operationId", "-o", "json");
        var all = await cli.RunAsync("api", "--list", "-o", "json", "--query", "length(@)");

        Assert.Equal(0, wlans.ExitCode);
        var ids = wlans.Json.AsArray().Select(o => o!["operationId"]!.GetValue<string>()).ToList();
        Assert.Contains("listOrgWlans", ids);
        Assert.Contains("createSiteWlan", ids);
        Assert.All(wlans.Json.AsArray(), o => Assert.Contains("wlan", o!.ToJsonString(), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(glob.Json.AsArray(), o => o!["operationId"]!.GetValue<string>() == "listOrgSites");
        Assert.All(glob.Json.AsArray(), o => Assert.StartsWith("listOrg", o!["operationId"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal("1047", all.Stdout.Trim());
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }
}

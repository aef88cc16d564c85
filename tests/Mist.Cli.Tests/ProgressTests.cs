namespace Mist.Cli.Tests;

public class ProgressTests
{
    [Fact]
    public async Task A_listing_of_several_pages_shows_progress_on_a_terminal_only()
    {
        await using var cli = await CliHarness.StartAsync(o =>
        {
            o.Seeding.Orgs = 1;
            o.Seeding.SitesPerOrg = 1005;
            o.Seeding.DevicesPerSite = 0;
        });

        var tty = await cli.RunAsync(["site", "list", "-o", "json"], tty: true);
        var piped = await cli.RunAsync("site", "list", "-o", "json");

        Assert.Contains("Fetching sites: 1,000 of 1,005...", tty.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Fetching", piped.Stderr, StringComparison.Ordinal);
        Assert.Equal(1005, tty.Json.AsArray().Count);
        Assert.Equal(1005, piped.Json.AsArray().Count);
        Assert.Equal(4, cli.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/sites"));
    }
}

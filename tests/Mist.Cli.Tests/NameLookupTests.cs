namespace Mist.Cli.Tests;

/// <summary>
/// Names on the command line follow the SDK's one rule (<c>LookupClient</c>, shared with the MCP server): exact,
/// else ignoring case when exactly one object fits; a miss is exit 5 naming the nearest names.
/// </summary>
public class NameLookupTests
{
    [Fact]
    public async Task A_site_named_in_another_case_is_found_and_a_misspelt_one_names_the_nearest()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites.First(s => s.OrgId == cli.Seed.PrimaryOrgId);

        var lower = await cli.RunAsync("site", "view", site.Name.ToLowerInvariant(), "-o", "json");
        var misspelt = await cli.RunAsync("site", "view", site.Name[..^1] + "x" + site.Name[^1]);

        Assert.Equal(0, lower.ExitCode);
        Assert.Equal(site.Id, lower.Json["id"]!.GetValue<string>());
        Assert.Equal(5, misspelt.ExitCode);
        Assert.Contains($"Nearest names: '{site.Name}'", misspelt.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ssid_and_a_template_in_another_case_are_found_but_two_case_variants_are_ambiguous()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites.First(s => s.OrgId == cli.Seed.PrimaryOrgId);
        Assert.Equal(0, (await cli.RunAsync("api", "orgs/{org_id}/templates", "-f", "name=Corp")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("wlan", "create", "--ssid", "Lobby", "--site", site.Id, "-o", "json")).ExitCode);
        await cli.RunAsync("wlan", "create", "--ssid", "Corp-Guest", "--template", "Corp", "--auth", "open", "-o", "json");

        var lobby = await cli.RunAsync("wlan", "view", "LOBBY", "--site", site.Id, "-o", "json");
        var guest = await cli.RunAsync("wlan", "view", "corp-guest", "--template", "corp", "-o", "json");
        Assert.Equal(0, (await cli.RunAsync("wlan", "create", "--ssid", "LOBBY", "--site", site.Id, "-o", "json")).ExitCode);
        var twoCases = await cli.RunAsync("wlan", "view", "lobby", "--site", site.Id);
        var exact = await cli.RunAsync("wlan", "view", "LOBBY", "--site", site.Id, "-o", "json");

        Assert.Equal(0, lobby.ExitCode);
        Assert.Equal("Lobby", lobby.Json["ssid"]!.GetValue<string>());
        Assert.Equal(0, guest.ExitCode);
        Assert.Equal("Corp-Guest", guest.Json["ssid"]!.GetValue<string>());
        Assert.Equal(2, twoCases.ExitCode);
        Assert.Contains("2 WLANs of the site", twoCases.Stderr, StringComparison.Ordinal);
        Assert.Equal("LOBBY", exact.Json["ssid"]!.GetValue<string>());
    }
}

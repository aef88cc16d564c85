namespace Mist.Cli.Tests;

public class WlanCommandTests
{
    private const string SiteWlans = "/api/v1/sites/{site_id}/wlans";
    private const string OrgWlans = "/api/v1/orgs/{org_id}/wlans";
    private const string Passphrase = "correct horse battery";

    [Fact]
    public async Task A_psk_wlan_is_created_from_stdin_and_its_passphrase_is_shown_only_in_json_with_show_secrets()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0].Name;

        var created = await cli.RunAsync(["wlan", "create", "--ssid", "Staff", "--site", site, "--auth", "psk", "--psk-stdin", "--vlan", "20", "--bands", "24,5", "-o", "json"], setup: c => c.Stdin = Passphrase + "\n");
        var again = await cli.RunAsync(["wlan", "create", "--ssid", "Staff", "--site", site, "--psk-stdin", "-o", "json"], setup: c => c.Stdin = Passphrase);
        var json = await cli.RunAsync("wlan", "view", "Staff", "--site", site, "-o", "json");
        var shown = await cli.RunAsync("wlan", "view", "Staff", "--site", site, "-o", "json", "--show-secrets");
        var table = await cli.RunAsync("wlan", "view", "Staff", "--site", site, "--show-secrets");
        var yaml = await cli.RunAsync("wlan", "list", "--site", site, "-o", "yaml");

        Assert.Equal(0, created.ExitCode);
        Assert.True(created.Json["created"]!.GetValue<bool>());
        Assert.Equal("psk", created.Json["auth"]!["type"]!.GetValue<string>());
        Assert.Equal("REDACTED", created.Json["auth"]!["psk"]!.GetValue<string>());
        Assert.Equal(20, created.Json["vlan_id"]!.GetValue<int>());
        Assert.Equal("""["24","5"]""", created.Json["bands"]!.ToJsonString());
        Assert.Equal(0, again.ExitCode);
        Assert.False(again.Json["created"]!.GetValue<bool>());
        Assert.Contains("already has a WLAN with SSID 'Staff'", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", SiteWlans));
        Assert.Equal("REDACTED", json.Json["auth"]!["psk"]!.GetValue<string>());
        Assert.Equal(Passphrase, shown.Json["auth"]!["psk"]!.GetValue<string>());
        Assert.Equal(0, table.ExitCode);
        foreach (var output in new[] { created, again, json, table, yaml })
        {
            Assert.DoesNotContain(Passphrase, output.Stdout + output.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Template_wlans_are_listed_with_their_template_and_reach_the_sites_it_applies_to()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var other = cli.Seed.Sites.First(s => s.OrgId == site.OrgId && s.Id != site.Id);
        var template = await cli.RunAsync("api", "orgs/{org_id}/templates", "-f", "name=Corp", "-f", $$"""applies={"site_ids":["{{site.Id}}"]}""");
        Assert.Equal(0, template.ExitCode);

        var onTemplate = await cli.RunAsync("wlan", "create", "--ssid", "Corp-Guest", "--template", "Corp", "--auth", "open", "-o", "json");
        var onSite = await cli.RunAsync("wlan", "create", "--ssid", "Lobby", "--site", site.Name, "-o", "json");
        var org = await cli.RunAsync("wlan", "list", "-o", "json");
        var ofTemplate = await cli.RunAsync("wlan", "list", "--template", "Corp", "--fields", "ssid,template", "-o", "json");
        var own = await cli.RunAsync("wlan", "list", "--site", site.Name, "--fields", "ssid", "-o", "json");
        var derived = await cli.RunAsync("wlan", "list", "--site", site.Name, "--derived", "--fields", "ssid,template", "-o", "json");
        var notApplied = await cli.RunAsync("wlan", "list", "--site", other.Name, "--derived", "--fields", "ssid", "-o", "json");

        Assert.Equal(0, onTemplate.ExitCode);
        Assert.Equal(template.Json["id"]!.GetValue<string>(), onTemplate.Json["template_id"]!.GetValue<string>());
        Assert.Equal("Corp", onTemplate.Json["template"]!.GetValue<string>());
        Assert.Equal(0, onSite.ExitCode);
        Assert.Equal(["Corp-Guest"], org.Json.AsArray().Select(w => w!["ssid"]!.GetValue<string>()));
        Assert.Equal("""[{"ssid":"Corp-Guest","template":"Corp"}]""", ofTemplate.Json.ToJsonString());
        Assert.Equal("""[{"ssid":"Lobby"}]""", own.Json.ToJsonString());
        Assert.Equal("""[{"ssid":"Lobby","template":null},{"ssid":"Corp-Guest","template":"Corp"}]""", derived.Json.ToJsonString());
        Assert.Equal("[]", notApplied.Json.ToJsonString());
    }

    [Fact]
    public async Task Update_sends_only_the_fields_given_and_a_dry_run_redacts_the_passphrase()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0].Name;
        await cli.RunAsync("wlan", "create", "--ssid", "Lobby", "--site", site, "--bands", "5", "-o", "json");

        var dryRun = await cli.RunAsync(["wlan", "update", "Lobby", "--site", site, "--psk-stdin", "--hidden", "--dry-run", "-o", "json"], setup: c => c.Stdin = Passphrase);
        var updated = await cli.RunAsync("wlan", "update", "Lobby", "--site", site, "--vlan", "30", "--hidden", "-o", "json");
        var shownAgain = await cli.RunAsync("wlan", "update", "Lobby", "--site", site, "--hidden", "false", "-o", "json");

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Equal("PUT", dryRun.Json["method"]!.GetValue<string>());
        Assert.Equal("""{"auth":{"psk":"REDACTED","type":"psk"},"hide_ssid":true}""", dryRun.Json["body"]!.ToJsonString());
        Assert.DoesNotContain(Passphrase, dryRun.Stdout + dryRun.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, updated.ExitCode);
        Assert.Equal(30, updated.Json["vlan_id"]!.GetValue<int>());
        Assert.True(updated.Json["vlan_enabled"]!.GetValue<bool>());
        Assert.True(updated.Json["hide_ssid"]!.GetValue<bool>());
        Assert.Equal("""["5"]""", updated.Json["bands"]!.ToJsonString());
        Assert.False(shownAgain.Json["hide_ssid"]!.GetValue<bool>());
        Assert.Equal(2, cli.Simulator.Counters.Get("PUT", SiteWlans + "/{wlan_id}"));
    }

    [Fact]
    public async Task An_update_of_auth_fields_keeps_the_passphrase_and_a_psk_wlan_without_one_is_refused()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0].Name;
        await cli.RunAsync(["wlan", "create", "--ssid", "Staff", "--site", site, "--auth", "psk", "--psk-stdin"], setup: c => c.Stdin = Passphrase);
        await cli.RunAsync("wlan", "create", "--ssid", "Lobby", "--site", site);
        cli.Simulator.Counters.Reset();

        // Mist's PUT replaces auth whole: the fields given are laid over the WLAN's own, so the passphrase stays.
        var pairwise = await cli.RunAsync("wlan", "update", "Staff", "--site", site, "--set", "auth={\"pairwise\":[\"wpa3\"]}");
        var sameType = await cli.RunAsync("wlan", "update", "Staff", "--site", site, "--auth", "psk", "--hidden");
        var shown = await cli.RunAsync("wlan", "view", "Staff", "--site", site, "-o", "json", "--show-secrets");
        var writes = cli.Simulator.Counters.Writes;
        var noPassphrase = await cli.RunAsync("wlan", "update", "Lobby", "--site", site, "--auth", "psk");
        var toOpen = await cli.RunAsync("wlan", "update", "Staff", "--site", site, "--auth", "open", "-o", "json", "--show-secrets");

        Assert.True(pairwise.ExitCode == 0, pairwise.ToString());
        Assert.True(sameType.ExitCode == 0, sameType.ToString());
        Assert.Equal("psk", shown.Json["auth"]!["type"]!.GetValue<string>());
        Assert.Equal(Passphrase, shown.Json["auth"]!["psk"]!.GetValue<string>());
        Assert.Equal("""["wpa3"]""", shown.Json["auth"]!["pairwise"]!.ToJsonString());
        Assert.DoesNotContain(Passphrase, pairwise.Stdout + pairwise.Stderr + sameType.Stdout + sameType.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, noPassphrase.ExitCode);
        Assert.Contains("needs its passphrase", noPassphrase.Stderr, StringComparison.Ordinal);
        Assert.Equal(writes + 1, cli.Simulator.Counters.Writes);
        Assert.True(toOpen.ExitCode == 0, toOpen.ToString());
        // A new type starts afresh: the open WLAN keeps no passphrase.
        Assert.Equal("""{"type":"open"}""", toOpen.Json["auth"]!.ToJsonString());
    }

    [Fact]
    public async Task Delete_is_confirmed_and_an_ssid_held_by_two_wlans_must_be_named_by_id()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0].Name;
        var first = await cli.RunAsync("wlan", "create", "--ssid", "Twin", "--site", site, "-o", "json");
        var second = await cli.RunAsync("wlan", "create", "--ssid", "Twin", "--site", site, "--allow-duplicate", "-o", "json");

        var ambiguous = await cli.RunAsync("wlan", "delete", "Twin", "--site", site, "--yes");
        var unconfirmed = await cli.RunAsync("wlan", "delete", first.Json["id"]!.GetValue<string>(), "--site", site);
        var deleted = await cli.RunAsync("wlan", "delete", first.Json["id"]!.GetValue<string>(), "--site", site, "--yes", "-o", "json");
        var left = await cli.RunAsync("wlan", "view", "Twin", "--site", site, "-o", "json");
        var gone = await cli.RunAsync("wlan", "view", first.Json["id"]!.GetValue<string>(), "--site", site);

        Assert.True(second.Json["created"]!.GetValue<bool>());
        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains(second.Json["id"]!.GetValue<string>(), ambiguous.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, unconfirmed.ExitCode);
        Assert.Contains("--yes", unconfirmed.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, deleted.ExitCode);
        Assert.True(deleted.Json["deleted"]!.GetValue<bool>());
        Assert.Equal(1, cli.Simulator.Counters.Get("DELETE", SiteWlans + "/{wlan_id}"));
        Assert.Equal(second.Json["id"]!.GetValue<string>(), left.Json["id"]!.GetValue<string>());
        Assert.Equal(5, gone.ExitCode);
    }

    [Theory]
    [InlineData("--bands", "2.4", "bands are 24, 5 and 6")]
    [InlineData("--vlan", "5000", "not a VLAN id")]
    [InlineData("--auth", "wep", "not one of open, psk, eap")]
    [InlineData("--auth", "psk", "needs its passphrase")]
    [InlineData("--set", "colour=blue", "a WLAN has no field 'colour'")]
    [InlineData("--set", "site_id=00000000-0000-0000-0000-000000000000", "set by the server or by the scope")]
    [InlineData("--ssid", "an SSID of more than thirty-two bytes", "an SSID is 1 to 32 bytes")]
    [InlineData("--ssid", "   ", "is blank")]
    [InlineData("--set", "ssid=", "--set ssid is blank")]
    [InlineData("--set", "vlan_id=5000", "--set vlan_id: 5000 is not a VLAN id")]
    [InlineData("--set", "auth={\"type\":\"psk\",\"psk\":\"abc\"}", "--psk-stdin")]
    public async Task Bad_wlan_fields_are_refused_before_anything_is_sent(string option, string value, string message)
    {
        await using var cli = await CliHarness.StartAsync();
        string[] ssid = option == "--ssid" ? [] : ["--ssid", "Bad"];

        var result = await cli.RunAsync(["wlan", "create", .. ssid, "--site", cli.Seed.Sites[0].Name, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Theory]
    [InlineData("short", "a WPA passphrase is 8 to 63")]
    [InlineData("tab\tinside the passphrase", "not printable ASCII")]
    public async Task A_bad_passphrase_is_refused_without_echoing_it(string psk, string message)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(["wlan", "create", "--ssid", "Bad", "--site", cli.Seed.Sites[0].Name, "--psk-stdin"], setup: c => c.Stdin = psk);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(psk, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Theory]
    [InlineData("wlan create --ssid X", "--site SITE or --template TEMPLATE")]
    [InlineData("wlan list --site A --template B", "give one")]
    [InlineData("wlan list --derived", "--derived lists what reaches one site")]
    [InlineData("wlan update X", "Nothing to change")]
    public async Task Scopes_and_empty_updates_are_checked_before_anything_is_sent(string command, string message)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(command.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task A_template_or_wlan_that_does_not_exist_is_exit_5_naming_what_there_is()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0].Name;
        await cli.RunAsync("wlan", "create", "--ssid", "Lobby", "--site", site);

        var noTemplate = await cli.RunAsync("wlan", "list", "--template", "Nope");
        var noWlan = await cli.RunAsync("wlan", "view", "Lobbby", "--site", site);

        Assert.Equal(5, noTemplate.ExitCode);
        Assert.Contains("No WLAN template named 'Nope'", noTemplate.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, noWlan.ExitCode);
        Assert.Contains("Its SSIDs: Lobby", noWlan.Stderr, StringComparison.Ordinal);
    }
}

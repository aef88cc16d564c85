namespace Mist.Cli.Tests;

public class SiteCommandTests
{
    private const string SitesRoute = "/api/v1/orgs/{org_id}/sites";

    [Fact]
    public async Task List_prints_every_site_as_json_with_mists_field_names()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("site", "list", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var names = result.Json.AsArray().Select(s => s!["name"]!.GetValue<string>()).Order();
        Assert.Equal(cli.Seed.Sites.Where(s => s.OrgId == cli.Seed.PrimaryOrgId).Select(s => s.Name).Order(), names);
        Assert.All(result.Json.AsArray(), s => Assert.NotNull(s!["country_code"]));
    }

    [Fact]
    public async Task List_as_a_table_on_a_terminal_and_as_tab_separated_values_when_piped()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];

        var tty = await cli.RunAsync(["site", "list", "--name", site.Name], tty: true);
        cli.Environment["NO_COLOR"] = "1";
        var plain = await cli.RunAsync(["site", "list", "--name", site.Name], tty: true);
        cli.Environment.Remove("NO_COLOR");
        var noColorFlag = await cli.RunAsync(["site", "list", "--name", site.Name, "--no-color"], tty: true);
        var piped = await cli.RunAsync("site", "list", "--name", site.Name);

        Assert.StartsWith("\u001b[1mNAME", tty.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("NAME ", plain.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain.Stdout);
        Assert.DoesNotContain('\u001b', noColorFlag.Stdout);
        Assert.Contains("ago", tty.Stdout, StringComparison.Ordinal);
        Assert.Equal($"{site.Name}\t{site.Id}", string.Join('\t', piped.Stdout.Split('\t').Take(2)));
        Assert.Single(piped.Stdout.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Create_then_list_in_a_new_run_shows_the_site_and_a_second_create_reports_it()
    {
        await using var cli = await CliHarness.StartAsync();

        var created = await cli.RunAsync("site", "create", "--name", "Lyon", "--timezone", "Europe/Paris", "--country-code", "fr", "--latlng", "45.76,4.83", "-o", "json");
        var again = await cli.RunAsync("site", "create", "--name", "Lyon", "-o", "json");
        var listed = await cli.RunAsync("site", "list", "--name", "lyon", "--fields", "name,country_code,latlng.lat", "-o", "json");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal("FR", created.Json["country_code"]!.GetValue<string>());
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(created.Json["id"]!.GetValue<string>(), again.Json["id"]!.GetValue<string>());
        Assert.True(created.Json["created"]!.GetValue<bool>());
        Assert.False(again.Json["created"]!.GetValue<bool>());
        Assert.DoesNotContain("Warning", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", SitesRoute));
        var row = Assert.Single(listed.Json.AsArray())!;
        Assert.Equal("""{"name":"Lyon","country_code":"FR","latlng.lat":45.76}""", row.ToJsonString());
    }

    [Fact]
    public async Task A_create_retried_with_other_attributes_warns_for_each_and_changes_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        await cli.RunAsync("site", "create", "--name", "Lyon", "--timezone", "Europe/Paris", "--latlng", "45.76,4.83", "-o", "json");

        var same = await cli.RunAsync("site", "create", "--name", "Lyon", "--timezone", "Europe/Paris", "--latlng", "45.760,4.830", "-o", "json");
        var other = await cli.RunAsync("site", "create", "--name", "Lyon", "--timezone", "Europe/London", "--country-code", "GB", "-o", "json");

        Assert.Equal(0, same.ExitCode);
        Assert.DoesNotContain("Warning", same.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, other.ExitCode);
        Assert.False(other.Json["created"]!.GetValue<bool>());
        Assert.Equal("Europe/Paris", other.Json["timezone"]!.GetValue<string>());
        Assert.Contains("Warning: the existing site's timezone is \"Europe/Paris\", not \"Europe/London\"", other.Stderr, StringComparison.Ordinal);
        Assert.Contains("Warning: the existing site's country_code is unset, not \"GB\"", other.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", SitesRoute));
        Assert.Equal(0, cli.Simulator.Counters.Get("PUT", "/api/v1/sites/{site_id}"));
    }

    [Fact]
    public async Task Update_sends_only_the_fields_given()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        var before = (await cli.RunAsync("site", "view", site.Id, "-o", "json")).Json;

        var result = await cli.RunAsync("site", "update", site.Name, "--notes", "new notes", "--set", "vars={\"floor\":3}", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("new notes", result.Json["notes"]!.GetValue<string>());
        Assert.Equal(3, result.Json["vars"]!["floor"]!.GetValue<int>());
        Assert.Equal(before["timezone"]!.GetValue<string>(), result.Json["timezone"]!.GetValue<string>());
        Assert.Equal(before["address"]!.GetValue<string>(), result.Json["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_needs_yes_when_not_interactive_and_leaves_the_site_untouched()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];

        var refused = await cli.RunAsync("site", "delete", site.Name);
        var still = await cli.RunAsync("site", "view", site.Id);

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, still.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Get("DELETE", "/api/v1/sites/{site_id}"));
    }

    [Theory]
    [InlineData("site", "delete")]
    [InlineData("device", "restart")]
    [InlineData("inventory", "unassign")]
    public async Task Ctrl_c_at_the_prompt_cancels_at_once_with_exit_3_and_sends_nothing(string noun, string verb)
    {
        await using var cli = await CliHarness.StartAsync();
        var device = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null);
        var target = noun == "site" ? device.SiteId! : device.Mac;
        using var ctrlC = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var writesBefore = cli.Simulator.Counters.Total;

        var result = await cli.RunUntilAsync(
            [noun, verb, target],
            tty: true,
            c =>
            {
                c.WaitAtPrompt = true;
                c.OnPrompt = _ => ctrlC.Cancel();
            },
            ctrlC.Token);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Cancelled at the prompt. Nothing was changed.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Get("DELETE", "/api/v1/sites/{site_id}"));
        Assert.Equal(0, cli.Simulator.Counters.Get("PUT", "/api/v1/orgs/{org_id}/inventory"));
        Assert.Equal(0, cli.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/restart"));
        Assert.True(cli.Simulator.Counters.Total >= writesBefore);
    }

    [Fact]
    public async Task Delete_on_a_terminal_asks_for_the_name_and_refuses_a_wrong_one()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];

        var wrong = await cli.RunAsync(["site", "delete", site.Id], tty: true, c => c.Type("not the name"));
        var right = await cli.RunAsync(["site", "delete", site.Id], tty: true, c => c.Type(site.Name));
        var gone = await cli.RunAsync("site", "view", site.Id);

        Assert.Equal(3, wrong.ExitCode);
        var devices = cli.Seed.Devices.Count(d => d.SiteId == site.Id);
        Assert.Contains($"Type '{site.Name}' to delete the site and its {devices} devices' assignment: ", wrong.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, right.ExitCode);
        Assert.Contains("Deleted site", right.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, gone.ExitCode);
        Assert.Equal(1, cli.Simulator.Counters.Get("DELETE", "/api/v1/sites/{site_id}"));
    }

    [Fact]
    public async Task Dry_run_prints_the_exact_request_and_sends_no_write()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];

        var update = await cli.RunAsync("site", "update", site.Name, "--notes", "x", "--dry-run", "-o", "json");
        var delete = await cli.RunAsync("site", "delete", site.Name, "--dry-run");
        var create = await cli.RunAsync("site", "create", "--name", "Brand New", "--dry-run", "-o", "json");

        Assert.Equal(0, update.ExitCode);
        Assert.Equal("PUT", update.Json["method"]!.GetValue<string>());
        Assert.Equal($"/api/v1/sites/{site.Id}", update.Json["path"]!.GetValue<string>());
        Assert.Equal("""{"notes":"x"}""", update.Json["body"]!.ToJsonString());
        Assert.Equal(0, delete.ExitCode);
        Assert.Contains($"DELETE /api/v1/sites/{site.Id}", delete.Stdout, StringComparison.Ordinal);
        Assert.Equal("""{"name":"Brand New"}""", create.Json["body"]!.ToJsonString());
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }
}

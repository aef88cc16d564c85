namespace Mist.Cli.Tests.Bulk;

/// <summary>Site import files written for mist_library's import_sites: templates and site groups by name, vars, a '#' header.</summary>
public class SiteImportReferenceTests
{
    private const string PeerFile =
        "#name,address,rftemplate_name,sitegroup_names,vars\n" +
        "Nord 01, \"1 Rue du Nord, Lille\",RF-Lab,\"North, South\",vlan_guest:3|vlan_corp:2\n";

    [Fact]
    public async Task Names_resolve_with_one_listing_per_kind_and_missing_site_groups_need_the_flag()
    {
        await using var cli = await CliHarness.StartAsync();
        var rf = (await cli.RunAsync("api", "orgs/{org_id}/rftemplates", "-f", "name=RF-Lab")).Json["id"]!.GetValue<string>();
        var north = (await cli.RunAsync("api", "orgs/{org_id}/sitegroups", "-f", "name=North")).Json["id"]!.GetValue<string>();
        var file = BulkCli.WriteFile(PeerFile);
        cli.Simulator.Counters.Reset();

        var refused = await cli.RunAsync("site", "import", "--file", file);
        var refusedWrites = cli.Simulator.Counters.Writes;
        var plan = await cli.RunAsync("site", "import", "--file", file, "--create-sitegroups", "--dry-run", "-o", "json");
        var planWrites = cli.Simulator.Counters.Writes;
        cli.Simulator.Counters.Reset();
        var created = await cli.RunAsync("site", "import", "--file", file, "--create-sitegroups", "-o", "json");
        var rfListings = cli.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/rftemplates");
        cli.Simulator.Counters.Reset();
        var again = await cli.RunAsync("site", "import", "--file", file, "--update", "-o", "json");
        var againWrites = cli.Simulator.Counters.Writes;
        var site = await cli.RunAsync("site", "view", "Nord 01", "-o", "json");
        var setting = await cli.RunAsync("api", $"sites/{site.Json["id"]!.GetValue<string>()}/setting");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("line 2: column sitegroup_names: no site group named 'South'", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--create-sitegroups", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, refusedWrites);
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Equal(0, planWrites);
        Assert.Equal(rf, plan.Json[0]!["set"]!["rftemplate_id"]!.GetValue<string>());
        Assert.Equal([north, "new:South"], plan.Json[0]!["set"]!["sitegroup_ids"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal(1, rfListings);
        Assert.Contains("Mist does not geocode", created.Stderr, StringComparison.Ordinal);
        Assert.Equal("1 Rue du Nord, Lille", site.Json["address"]!.GetValue<string>());
        Assert.Equal(rf, site.Json["rftemplate_id"]!.GetValue<string>());
        Assert.Equal(2, site.Json["sitegroup_ids"]!.AsArray().Count);
        Assert.Contains(north, site.Json["sitegroup_ids"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal("3", setting.Json["vars"]!["vlan_guest"]!.GetValue<string>());
        Assert.Equal("2", setting.Json["vars"]!["vlan_corp"]!.GetValue<string>());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal("unchanged", again.Json[0]!["result"]!.GetValue<string>());
        Assert.Equal(0, againWrites);
    }

    [Fact]
    public async Task Vars_update_keeps_the_other_variables_and_an_unknown_template_id_is_exit_2()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];
        await cli.RunAsync("api", "-X", "PUT", $"sites/{site.Id}/setting", "-f", "vars={\"keep\":\"me\",\"vlan\":\"1\"}");
        var file = BulkCli.WriteFile($"site_name,vars\n\"{site.Name}\",\"vlan:7,floor:2\"\n");
        var badId = BulkCli.WriteFile($"name,aptemplate_id,secpolicy_id\n{site.Name},{Guid.NewGuid()},not-an-id\n");

        var update = await cli.RunAsync("site", "import", file, "--update", "-o", "json");
        var setting = await cli.RunAsync("api", $"sites/{site.Id}/setting");
        cli.Simulator.Counters.Reset();
        var bad = await cli.RunAsync("site", "import", badId);

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Equal("vars", update.Json[0]!["changes"]!.GetValue<string>());
        Assert.Equal("me", setting.Json["vars"]!["keep"]!.GetValue<string>());
        Assert.Equal("7", setting.Json["vars"]!["vlan"]!.GetValue<string>());
        Assert.Equal("2", setting.Json["vars"]!["floor"]!.GetValue<string>());
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("column secpolicy_id: 'not-an-id' is not an id", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Our_own_site_list_csv_re_imports_unchanged_with_a_note_on_the_read_only_columns()
    {
        await using var cli = await CliHarness.StartAsync();
        var export = await cli.RunAsync("site", "list", "-o", "csv", "--fields", "id,name,address,timezone,country_code,latlng,notes,created_time,modified_time");
        var file = BulkCli.WriteFile(export.Stdout);
        cli.Simulator.Counters.Reset();

        var result = await cli.RunAsync("site", "import", file, "--update", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(cli.Seed.Sites.Count(s => s.OrgId == cli.Seed.PrimaryOrgId), result.Json.AsArray().Count);
        Assert.All(result.Json.AsArray(), r => Assert.Equal("unchanged", r!["result"]!.GetValue<string>()));
        Assert.Equal(0, cli.Simulator.Counters.Writes);
        Assert.Contains("Note: ignored columns id, created_time, modified_time", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_whose_plan_has_a_failing_row_exits_6_like_the_run()
    {
        await using var cli = await CliHarness.StartAsync();
        await cli.RunAsync("api", "orgs/{org_id}/sites", "-f", "name=Twin");
        await cli.RunAsync("api", "orgs/{org_id}/sites", "-f", "name=Twin");
        var file = BulkCli.WriteFile("name,timezone\nTwin,Europe/Paris\nSingle,Europe/Paris\n");

        var plan = await cli.RunAsync("site", "import", file, "--dry-run", "-o", "json");

        Assert.Equal(6, plan.ExitCode);
        Assert.Equal(["failed", "planned"], plan.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
    }
}

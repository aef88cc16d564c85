namespace Mist.Cli.Tests.Bulk;

public class SiteImportTests
{
    private const string Header = "name,address,timezone,country_code,latlng,notes\n";

    [Fact]
    public async Task A_second_run_writes_nothing_and_update_sends_only_the_fields_that_differ()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = BulkCli.WriteFile(BulkCli.SiteRows(3));
        var first = await cli.RunAsync("site", "import", file, "-o", "json");
        cli.Simulator.Counters.Reset();

        var again = await cli.RunAsync("site", "import", file, "-o", "json");
        var againWrites = cli.Simulator.Counters.Writes;
        var listings = cli.Simulator.Counters.Get("GET", BulkCli.CreateSiteRoute);
        var changed = BulkCli.WriteFile(BulkCli.SiteRows(3).Replace("Bulk-002,\"2 Rue de Rivoli, Paris\",Europe/Paris", "Bulk-002,\"2 Rue de Rivoli, Paris\",Europe/Berlin", StringComparison.Ordinal));
        cli.Simulator.Counters.Reset();
        var withoutUpdate = await cli.RunAsync("site", "import", changed, "-o", "json");
        var withoutUpdateWrites = cli.Simulator.Counters.Writes;
        var update = await cli.RunAsync("site", "import", changed, "--update", "-o", "json");
        var puts = cli.Simulator.Counters.Get("PUT", "/api/v1/sites/{site_id}");
        var site = await cli.RunAsync("site", "view", "Bulk-002", "-o", "json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.All(first.Json.AsArray(), r => Assert.Equal("created", r!["result"]!.GetValue<string>()));
        Assert.Equal(0, again.ExitCode);
        Assert.All(again.Json.AsArray(), r => Assert.Equal("unchanged", r!["result"]!.GetValue<string>()));
        Assert.Equal(0, againWrites);
        Assert.Equal(1, listings);
        Assert.Equal(0, withoutUpdate.ExitCode);
        Assert.Equal(0, withoutUpdateWrites);
        Assert.Contains("differs in timezone", withoutUpdate.Json[1]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Equal(["unchanged", "updated", "unchanged"], update.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal("timezone", update.Json[1]!["changes"]!.GetValue<string>());
        Assert.Equal(1, puts);
        Assert.Equal("Europe/Berlin", site.Json["timezone"]!.GetValue<string>());
        Assert.Equal("row 2", site.Json["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dry_run_prints_the_plan_and_sends_no_write()
    {
        await using var cli = await CliHarness.StartAsync();
        var existing = cli.Seed.Sites[0].Name;
        var file = BulkCli.WriteFile(Header + $"{existing},1 New Street,,,,\nBrand New,,Europe/Paris,FR,,\n\"{cli.Seed.Sites[1].Name}\",,,,,\n");

        var plan = await cli.RunAsync("site", "import", file, "--update", "--dry-run", "-o", "json");
        var table = await cli.RunAsync("site", "import", file, "--dry-run");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Equal(0, cli.Simulator.Counters.Writes);
        var rows = plan.Json.AsArray();
        Assert.Equal(["update", "create", "unchanged"], rows.Select(r => r!["action"]!.GetValue<string>()));
        Assert.Equal(["planned", "planned", "unchanged"], rows.Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal("address", rows[0]!["changes"]!.GetValue<string>());
        Assert.Equal("1 New Street", rows[0]!["set"]!["address"]!.GetValue<string>());
        Assert.Equal("Europe/Paris", rows[1]!["set"]!["timezone"]!.GetValue<string>());
        Assert.Contains("Dry run", plan.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 update, 1 create, 1 unchanged", plan.Stderr, StringComparison.Ordinal);
        Assert.Contains("Brand New\tcreate", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_file_lists_every_problem_with_its_line_and_sends_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = BulkCli.WriteFile(
            "# sites for the roll-out\n" +
            "name,address,timezone,country_code,latlng,notes,colour\n" +
            "Good,,Europe/Paris,FR,\"1,2\",,\n" +
            ",somewhere,,,,,\n" +
            "Bad Zone,,Mars/Olympus,,,,\n" +
            "Bad Country,,,ZZ,,,\n" +
            "Bad Place,,,,\"91,200\",,\n" +
            "Good,,,,,,\n" +
            "Too Many,,,,,,,,\n" +
            "Stray,\"unclosed,,,,,\n" +
            "Never,,,,,,\n");

        var result = await cli.RunAsync("site", "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Total);
        Assert.Equal(string.Empty, result.Stdout);
        foreach (var expected in new[]
                 {
                     "line 2: unknown column 'colour'", "line 4: the name is missing", "line 5: Unknown time zone 'Mars/Olympus'",
                     "line 6: Unknown country code 'ZZ'", "line 7: '91,200' is not a location", "line 8: the name 'Good' is given more than once (lines 3, 8)",
                     "line 9: 9 cells, but the header names 7 columns", "line 10: a quoted field is never closed", "8 problems; nothing was sent",
                 })
        {
            Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_without_a_name_column_or_that_does_not_exist_is_exit_2()
    {
        await using var cli = await CliHarness.StartAsync();

        var noName = await cli.RunAsync("site", "import", BulkCli.WriteFile("address,timezone\nsomewhere,UTC\n"));
        var missing = await cli.RunAsync("site", "import", "/nonexistent/sites.csv");
        var concurrency = await cli.RunAsync("site", "import", BulkCli.WriteFile(Header), "--concurrency", "17");

        Assert.Equal(2, noName.ExitCode);
        Assert.Contains("no 'name' column", noName.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Cannot read /nonexistent/sites.csv", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, concurrency.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }
}

namespace Mist.Cli.Tests.Bulk;

public class DeviceRenameTests
{
    private const string DeviceRoute = "/api/v1/sites/{site_id}/devices/{device_id}";

    [Fact]
    public async Task Rename_skips_devices_that_already_match_and_reports_unknown_ones_as_failed()
    {
        await using var cli = await CliHarness.StartAsync();
        var onSites = cli.Seed.Devices.Where(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null).ToList();
        var (same, renamed, byDashes) = (onSites[0], onSites[1], onSites[2]);
        var dashed = string.Join('-', Enumerable.Range(0, 6).Select(i => byDashes.Mac.Substring(i * 2, 2).ToUpperInvariant()));
        var file = BulkCli.WriteFile(
            "mac,serial,name\n" +
            $"{same.Mac},,{same.Name}\n" +
            $",{renamed.Serial},ap-lobby-01\n" +
            $"{dashed},,\"ap, corridor\"\n" +
            "00:11:22:33:44:55,,ghost\n");
        cli.Simulator.Counters.Reset();

        var result = await cli.RunAsync("device", "rename", "--file", file, "-o", "json");
        var puts = cli.Simulator.Counters.Get("PUT", DeviceRoute);
        var inventoryListings = cli.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/inventory");
        cli.Simulator.Counters.Reset();
        var again = await cli.RunAsync("device", "rename", "--file", file, "-o", "json");
        var view = await cli.RunAsync("device", "view", byDashes.Mac, "-o", "json");

        Assert.True(result.ExitCode == 6, result.ToString());
        Assert.Equal(["unchanged", "renamed", "renamed", "failed"], result.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
        Assert.Contains("not in the org's inventory", result.Json[3]!["reason"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(renamed.Name, result.Json[1]!["old_name"]!.GetValue<string>());
        Assert.Equal(2, puts);
        Assert.Equal(1, inventoryListings);
        Assert.Equal(6, again.ExitCode);
        Assert.Equal(["unchanged", "unchanged", "unchanged", "failed"], again.Json.AsArray().Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal(0, cli.Simulator.Counters.Writes);
        Assert.Equal("ap, corridor", view.Json["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Notes_are_compared_too_and_dry_run_plans_without_writing()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null);
        var other = cli.Seed.Devices.Last(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null);
        var file = BulkCli.WriteFile($"mac,name,notes\n{device.Mac},{device.Name},rack 4\n{other.Mac},{other.Name},\n");

        var plan = await cli.RunAsync("device", "rename", "--file", file, "--dry-run", "-o", "json");
        var writesAfterPlan = cli.Simulator.Counters.Writes;
        var done = await cli.RunAsync("device", "rename", "--file", file, "-o", "json");
        var view = await cli.RunAsync("device", "view", device.Mac, "-o", "json");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Equal(0, writesAfterPlan);
        Assert.Equal(["rename", "unchanged"], plan.Json.AsArray().Select(r => r!["action"]!.GetValue<string>()));
        Assert.Equal("notes", plan.Json[0]!["changes"]!.GetValue<string>());
        Assert.Equal("planned", plan.Json[0]!["result"]!.GetValue<string>());
        Assert.Equal(0, done.ExitCode);
        Assert.Equal("rack 4", view.Json["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_rename_file_is_exit_2_with_every_problem_and_no_request()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = BulkCli.WriteFile("mac,name\nnot-a-mac,x\n,y\n5c5b35000001,\n5c5b35000002,a\n5C:5B:35:00:00:02,b\n");

        var result = await cli.RunAsync("device", "rename", "--file", file);
        var noFile = await cli.RunAsync("device", "rename");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: 'not-a-mac' is not a MAC address", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 3: no mac or serial", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 4: the name is missing", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 6: device 5c5b35000002 is named more than once", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, noFile.ExitCode);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }
}

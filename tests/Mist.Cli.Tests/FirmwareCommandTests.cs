using System.Text.Json.Nodes;

namespace Mist.Cli.Tests;

/// <summary><c>mist firmware list/upgrade</c> and <c>mist device stats</c> against the embedded simulator.</summary>
public class FirmwareCommandTests
{
    private const string SiteUpgradeRoute = "/api/v1/sites/{site_id}/devices/upgrade";

    [Fact]
    public async Task List_marks_one_recommended_version_per_model()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("firmware", "list", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Json.AsArray();
        Assert.NotEmpty(rows);
        foreach (var model in rows.GroupBy(r => r!["model"]!.GetValue<string>()))
        {
            Assert.Single(model, r => r!["recommended"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task Outdated_finds_devices_older_than_their_models_recommended_version()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("firmware", "list", "--outdated", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Json.AsArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(
            FirmwareVersionComparer.Instance.Compare(r!["version"]!.GetValue<string>(), r["recommended"]!.GetValue<string>()) < 0,
            r.ToJsonString()));
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task Outdated_takes_the_fields_of_the_devices_it_lists()
    {
        await using var cli = await CliHarness.StartAsync();

        var devices = await cli.RunAsync("firmware", "list", "--outdated", "--fields", "mac,version,recommended", "-o", "json");
        var versions = await cli.RunAsync("firmware", "list", "--fields", "mac");

        Assert.Equal(0, devices.ExitCode);
        Assert.All(devices.Json.AsArray(), r => Assert.Equal(["mac", "version", "recommended"], r!.AsObject().Select(p => p.Key)));
        Assert.Equal(2, versions.ExitCode);
    }

    [Fact]
    public async Task Upgrade_dry_run_prints_the_site_upgrade_request_and_sends_none()
    {
        await using var cli = await CliHarness.StartAsync();
        var outdated = await FirstOutdatedAsync(cli);
        var siteId = outdated["site_id"]!.GetValue<string>();
        var version = outdated["recommended"]!.GetValue<string>();

        var result = await cli.RunAsync("firmware", "upgrade", "--site", siteId, "--model", outdated["model"]!.GetValue<string>(), "--version", version, "--dry-run", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("POST", result.Json["method"]!.GetValue<string>());
        Assert.Equal($"/api/v1/sites/{siteId}/devices/upgrade", result.Json["path"]!.GetValue<string>());
        Assert.Equal(version, result.Json["body"]!["version"]!.GetValue<string>());
        Assert.Contains(outdated["mac"]!.GetValue<string>(), result.Json["body"]!["device_ids"]!.AsArray().Select(i => i!.GetValue<string>()[^12..]));
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task Upgrade_needs_yes_when_not_interactive_and_sends_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var outdated = await FirstOutdatedAsync(cli);

        var refused = await cli.RunAsync("firmware", "upgrade", outdated["mac"]!.GetValue<string>(), "--version", outdated["recommended"]!.GetValue<string>());

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Get("POST", SiteUpgradeRoute));
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Theory]
    [InlineData("firmware", "upgrade", "--version", "1.2.3")]
    [InlineData("firmware", "upgrade", "ap-1", "--site", "HQ", "--version", "1.2.3")]
    [InlineData("firmware", "upgrade", "ap-1", "--model", "AP43", "--version", "1.2.3")]
    [InlineData("firmware", "upgrade", "--site", "HQ", "--version", "1.2.3", "--strategy", "yolo")]
    [InlineData("firmware", "upgrade", "--site", "HQ")]
    [InlineData("firmware", "upgrade", "--site", "HQ", "--version", " ")]
    public async Task Bad_upgrade_usage_exits_2_and_sends_no_request(params string[] args)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync([.. args, "--yes"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Device_stats_prints_the_whole_stats_object()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null && d.Type == "ap");

        var result = await cli.RunAsync("device", "stats", device.Name, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(device.Mac, result.Json["mac"]!.GetValue<string>());
        Assert.NotNull(result.Json["status"]);
        Assert.NotNull(result.Json["version"]);
        Assert.NotNull(result.Json["uptime"]);
    }

    [Fact]
    public async Task Device_list_filters_by_version()
    {
        await using var cli = await CliHarness.StartAsync();
        var outdated = await FirstOutdatedAsync(cli);
        var version = outdated["version"]!.GetValue<string>();

        var result = await cli.RunAsync("device", "list", "--version", version, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Json.AsArray();
        Assert.Contains(rows, r => r!["mac"]!.GetValue<string>() == outdated["mac"]!.GetValue<string>());
        Assert.All(rows, r => Assert.Equal(version, r!["version"]!.GetValue<string>()));
    }

    private static async Task<JsonNode> FirstOutdatedAsync(CliHarness cli)
    {
        var outdated = await cli.RunAsync("firmware", "list", "--outdated", "-o", "json");
        Assert.Equal(0, outdated.ExitCode);
        cli.Simulator.Counters.Reset();
        // An AP: --site upgrades select APs unless --type says otherwise.
        return outdated.Json.AsArray().First(r => r!["site_id"] is not null && (string?)r["type"] == "ap")!;
    }
}

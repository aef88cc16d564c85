using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Mist.Cli.Tests.Bulk;

public class OrgExportTests
{
    [Fact]
    public async Task Two_exports_of_an_unchanged_org_differ_only_in_the_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero));
        await using var cli = await CliHarness.StartAsync(time: time);
        var path = Path.Combine(Path.GetTempPath(), "mist-cli-tests", Guid.NewGuid().ToString("N"), "org.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var first = await cli.RunAsync("org", "export");
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await cli.RunAsync("org", "export", "--out", path);
        var writes = cli.Simulator.Counters.Writes;

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(string.Empty, second.Stdout);
        var fromFile = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.NotEqual(first.Json["exported_at"]!.GetValue<string>(), JsonNode.Parse(fromFile)!["exported_at"]!.GetValue<string>());
        Assert.Equal(WithoutTime(first.Stdout), WithoutTime(fromFile));
        Assert.Equal(0, writes);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));

        var document = first.Json;
        Assert.Equal("mist-org-export", document["format"]!.GetValue<string>());
        Assert.Equal(2, document["version"]!.GetValue<int>());
        Assert.Equal(cli.Seed.PrimaryOrgId, document["org"]!["id"]!.GetValue<string>());
        var sites = document["sites"]!.AsArray();
        Assert.Equal(
            cli.Seed.Sites.Where(s => s.OrgId == cli.Seed.PrimaryOrgId).OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id),
            sites.Select(s => s!["id"]!.GetValue<string>()));
        Assert.All(sites, s => Assert.Equal(s!["id"]!.GetValue<string>(), s["setting"]!["site_id"]!.GetValue<string>()));
        var primary = cli.Seed.Devices.Where(d => d.OrgId == cli.Seed.PrimaryOrgId).ToList();
        Assert.Equal(primary.Where(d => d.SiteId is not null).Select(d => d.Mac).Order(StringComparer.Ordinal), document["devices"]!.AsArray().Select(d => d!["mac"]!.GetValue<string>()));
        Assert.Equal(primary.Select(d => d.Mac).Order(StringComparer.Ordinal), document["inventory"]!.AsArray().Select(d => d!["mac"]!.GetValue<string>()));
        Assert.Contains(document["devices"]!.AsArray(), d => d!["type"]!.GetValue<string>() != "ap");
        Assert.DoesNotContain(cli.Simulator.Tokens.Admin, first.Stdout + first.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_exports_from_the_embedded_simulator_name_its_host_the_same()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero));
        await using var cli = await CliHarness.StartAsync(time: time);
        cli.Environment.Remove("MIST_API_TOKEN");
        cli.Environment.Remove("MIST_HOST");

        var first = await cli.RunAsync("org", "export");
        var second = await cli.RunAsync("org", "export");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("embedded-simulator", first.Json["host"]!.GetValue<string>());
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public async Task Claim_codes_stay_out_unless_secrets_are_asked_for_and_the_file_is_0600()
    {
        await using var cli = await CliHarness.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "mist-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var plain = Path.Combine(directory, "org.json");
        var secret = Path.Combine(directory, "org-secrets.json");
        var code = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId).ClaimCode.Replace("-", "", StringComparison.Ordinal);

        var without = await cli.RunAsync("org", "export", "--out", plain);
        var with = await cli.RunAsync("org", "export", "--out", secret, "--include-secrets");
        var stdout = await cli.RunAsync("org", "export");

        Assert.True(without.ExitCode == 0, without.ToString());
        var plainText = await File.ReadAllTextAsync(plain, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(code, plainText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"magic\"", plainText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"magic\"", stdout.Stdout, StringComparison.Ordinal);
        Assert.Equal("omitted", JsonNode.Parse(plainText)!["secrets"]!.GetValue<string>());
        Assert.DoesNotContain("Warning", without.Stderr, StringComparison.Ordinal);

        Assert.True(with.ExitCode == 0, with.ToString());
        var secretText = await File.ReadAllTextAsync(secret, TestContext.Current.CancellationToken);
        Assert.Contains(code, secretText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("included", JsonNode.Parse(secretText)!["secrets"]!.GetValue<string>());
        Assert.Contains("Warning: the export holds secrets", with.Stderr, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(plain));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret));
        }
    }

    private static string WithoutTime(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["exported_at"] = null;
        return node.ToJsonString();
    }
}

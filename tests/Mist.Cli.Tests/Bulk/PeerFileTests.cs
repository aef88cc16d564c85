namespace Mist.Cli.Tests.Bulk;

/// <summary>CSV quirks of files made by other tools, read through the shared reader by every bulk command.</summary>
public class PeerFileTests
{
    [Fact]
    public async Task A_hash_header_is_the_header_and_messages_point_at_the_right_column()
    {
        await using var cli = await CliHarness.StartAsync();
        var device = cli.Seed.Devices.First(d => d.OrgId == cli.Seed.PrimaryOrgId && d.SiteId is not null);
        var rename = BulkCli.WriteFile($"#mac,name\n{device.Mac},peer-ap-1\n");
        var typo = BulkCli.WriteFile("#name,adress\nPeer Site,somewhere\n");

        var renamed = await cli.RunAsync("device", "rename", "--file", rename, "--dry-run", "-o", "json");
        var refused = await cli.RunAsync("site", "import", typo);

        Assert.True(renamed.ExitCode == 0, renamed.ToString());
        Assert.Equal("peer-ap-1", renamed.Json[0]!["name"]!.GetValue<string>());
        Assert.Equal(2, renamed.Json[0]!["line"]!.GetValue<int>());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("line 1: unknown column 'adress'", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curly_quotes_and_spaces_before_quotes_are_read_with_a_note()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = BulkCli.WriteFile("name,address,timezone\n\u201CCurly, Site\u201D, \"1 Main Street, Springfield\",America/Chicago\n");

        var plan = await cli.RunAsync("site", "import", file, "--dry-run", "-o", "json");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Equal("Curly, Site", plan.Json[0]!["name"]!.GetValue<string>());
        Assert.Equal("1 Main Street, Springfield", plan.Json[0]!["set"]!["address"]!.GetValue<string>());
        Assert.Contains("curly quotes", plan.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Mist does not geocode", plan.Stderr, StringComparison.Ordinal);
    }
}

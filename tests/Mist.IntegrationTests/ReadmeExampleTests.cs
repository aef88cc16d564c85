using System.Text.RegularExpressions;

namespace Mist.IntegrationTests;

public partial class ReadmeExampleTests
{
    [Fact]
    public void The_readme_shows_exactly_the_example_this_project_compiles()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReadmeExample.cs"));

        var shown = ReadmeBlock().Match(readme);
        var compiled = SourceBlock().Match(source);

        Assert.True(shown.Success, "README.md has no ```csharp block after <!-- sdk-example -->.");
        Assert.True(compiled.Success, "ReadmeExample.cs lost its README markers.");
        Assert.Equal(Normalize(compiled.Groups["code"].Value), Normalize(shown.Groups["code"].Value));
    }

    [Fact]
    public async Task The_readme_example_runs_against_the_simulator()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ap = sim.Seed.Devices.First(d => d.OrgId == sim.Seed.PrimaryOrgId && d.SiteId is not null);
        var colonMac = string.Join(':', Enumerable.Range(0, 6).Select(i => ap.Mac.Substring(i * 2, 2)));
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await ReadmeExample.RunAsync(sim.Simulator.BaseAddress.ToString(), sim.Simulator.Tokens.Admin, colonMac);
        }
        finally
        {
            Console.SetOut(original);
        }

        var text = output.ToString();
        Assert.StartsWith($"{sim.Seed.Orgs[0].Name} (admin)", text, StringComparison.Ordinal);
        Assert.Contains(sim.Seed.Sites[0].Name, text, StringComparison.Ordinal);
        var renamed = await sim.Admin.Devices.GetAsync(Guid.Parse(ap.SiteId!), Guid.Parse(ap.Id), TestContext.Current.CancellationToken);
        Assert.Equal("lobby-ap", renamed.Name);
    }

    [Fact]
    public void The_readme_shows_exactly_the_configuration_example_the_sample_runs()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ConfigObjects.cs"));

        var shown = ConfigBlock().Match(readme);
        var compiled = SourceBlock().Match(source);

        Assert.True(shown.Success, "README.md has no ```csharp block after <!-- sdk-config-example -->.");
        Assert.True(compiled.Success, "samples/Mist.Sample/ConfigObjects.cs lost its README markers.");
        Assert.Equal(Normalize(compiled.Groups["code"].Value), Normalize(shown.Groups["code"].Value));
    }

    [Fact]
    public async Task The_configuration_example_lists_creates_updates_and_deletes_against_the_simulator()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var orgId = Guid.Parse(sim.Seed.PrimaryOrgId);
        var siteId = Guid.Parse(sim.Seed.Sites.First(s => s.OrgId == sim.Seed.PrimaryOrgId).Id);
        var ct = TestContext.Current.CancellationToken;

        var done = await Mist.Sample.ConfigObjects.RunAsync(sim.Admin, orgId, siteId, ct);

        Assert.Contains("updated org WLAN Guest: vlan 30, auth open", done);
        Assert.Contains("RF template Dense office: 5 GHz power 10-17 dBm, country FR", done);
        Assert.Contains(done, l => l.StartsWith("org WLAN Guest (template ", StringComparison.Ordinal));
        Assert.Contains("site WLAN Corp", done);
        Assert.Empty(await sim.Admin.Orgs.Wlans.ListAsync(orgId).Where(w => w.Ssid == "Guest").ToListAsync(ct));
        Assert.Empty(await sim.Admin.Sites.Wlans.ListAsync(siteId).Where(w => w.Ssid == "Corp").ToListAsync(ct));
        Assert.Empty(await sim.Admin.Orgs.RfTemplates.ListAsync(orgId).Where(t => t.Name == "Dense office").ToListAsync(ct));
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"<!-- sdk-example -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"<!-- sdk-config-example -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConfigBlock();

    [GeneratedRegex(@"// README:start\n(?<code>.*?)// README:end", RegexOptions.Singleline)]
    private static partial Regex SourceBlock();
}

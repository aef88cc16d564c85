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

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"<!-- sdk-example -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"// README:start\n(?<code>.*?)// README:end", RegexOptions.Singleline)]
    private static partial Regex SourceBlock();
}

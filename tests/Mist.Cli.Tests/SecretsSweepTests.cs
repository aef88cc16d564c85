using System.CommandLine;

namespace Mist.Cli.Tests;

/// <summary>
/// Every command, run with <c>--verbose</c> against the simulator: the token appears in no output and in no file
/// but the 0600 profile file. A new command without a sample here fails the coverage test.
/// </summary>
public class SecretsSweepTests
{
    // Long-running servers, checked elsewhere: sim serve prints the simulator's own demo tokens by design, and
    // mcp serve is swept over stdio in McpServeProcessTests.
    private static readonly string[] s_exempt = ["sim serve", "mcp serve"];

    // Commands that send no request, so --verbose has nothing to trace.
    private static readonly string[] s_offline = ["auth logout", "sim reset", "sim seed", "completion"];

    // A cancel needs an upgrade whose devices have not started, which a sweep on the real clock cannot hold for the
    // time a CLI process takes to start: its sample cancels an unknown upgrade, and the error path (404) is swept.
    // The sweep's simulator seeds no wireless clients: client view and events sweep their not-found path (exit 5).
    private static readonly string[] s_sweptOnError = ["firmware cancel", "client view", "client events"];

    [Fact]
    public void Every_command_has_a_sample_in_the_sweep()
    {
        var root = MistCli.BuildRoot(new CliApp(new TestConsole(false, new Dictionary<string, string>()), TimeProvider.System));
        var leaves = Leaves(root, string.Empty).ToList();

        var missing = leaves.Except(Samples(Fixture.Empty).Keys).Except(s_exempt).ToList();

        Assert.True(missing.Count == 0, "Commands without a secrets-sweep sample: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task No_command_shows_or_writes_the_token()
    {
        await using var cli = await CliHarness.StartAsync();
        var token = cli.Simulator.Tokens.Admin;
        var fixture = await Fixture.CreateAsync(cli);
        var outputs = new List<(string Command, CliResult Result)>();

        foreach (var (command, run) in Samples(fixture))
        {
            outputs.Add((command, await run(cli)));
        }

        foreach (var (command, result) in outputs)
        {
            Assert.True(result.ExitCode is 0 or 6 || (s_sweptOnError.Contains(command) && result.ExitCode == 5), $"{command}: {result}");
            Assert.DoesNotContain(token, result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(token, result.Stderr, StringComparison.Ordinal);
            if (!s_offline.Contains(command))
            {
                Assert.Contains("[mist]", result.Stderr, StringComparison.Ordinal);
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(cli.ConfigDir)!, "*", SearchOption.AllDirectories))
        {
            var holdsToken = File.ReadAllText(file).Contains(token, StringComparison.Ordinal);
            if (Path.GetFileName(file) == "config.json" && !OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
            else
            {
                Assert.False(holdsToken, $"{file} holds the token");
            }
        }
    }

    private static Dictionary<string, Func<CliHarness, Task<CliResult>>> Samples(Fixture f) => new()
    {
        ["auth login"] = cli => cli.RunAsync(["auth", "login", "--token-stdin", "--verbose"], setup: c => c.Stdin = cli.Simulator.Tokens.Admin + "\n"),
        ["auth status"] = cli => Run(cli, "auth", "status"),
        ["auth logout"] = cli => Run(cli, "auth", "logout"),
        ["org list"] = cli => Run(cli, "org", "list"),
        ["org view"] = cli => Run(cli, "org", "view"),
        ["org export"] = cli => Run(cli, "org", "export"),
        ["org diff"] = async cli => await Run(cli, "org", "diff", await ExportAsync(cli)),
        ["org apply"] = async cli => await Run(cli, "org", "apply", await ExportAsync(cli)),
        ["site list"] = cli => Run(cli, "site", "list"),
        ["site view"] = cli => Run(cli, "site", "view", f.SiteId),
        ["site create"] = cli => Run(cli, "site", "create", "--name", "Sweep HQ"),
        ["site update"] = cli => Run(cli, "site", "update", f.SiteId, "--notes", "swept"),
        ["site import"] = cli => Run(cli, "site", "import", f.SitesCsv),
        ["site delete"] = cli => Run(cli, "site", "delete", "Sweep HQ", "--yes"),
        ["device list"] = cli => Run(cli, "device", "list"),
        ["device view"] = cli => Run(cli, "device", "view", f.Mac),
        ["device update"] = cli => Run(cli, "device", "update", f.Mac, "--notes", "swept"),
        ["device rename"] = cli => Run(cli, "device", "rename", "--file", f.RenameCsv),
        ["device restart"] = cli => Run(cli, "device", "restart", f.Mac, "--yes"),
        ["device locate"] = cli => Run(cli, "device", "locate", f.Mac),
        ["device unlocate"] = cli => Run(cli, "device", "unlocate", f.Mac),
        ["device stats"] = cli => Run(cli, "device", "stats", f.Mac),
        ["firmware list"] = cli => Run(cli, "firmware", "list", "--outdated"),
        ["firmware upgrade"] = cli => Run(cli, "firmware", "upgrade", "--site", f.SiteId, "--version", "stable", "--dry-run"),
        ["firmware status"] = cli => Run(cli, "firmware", "status", "--site", f.SiteId),
        ["firmware cancel"] = cli => Run(cli, "firmware", "cancel", "00000000-0000-4000-8000-000000000000", "--site", f.SiteId),
        ["inventory list"] = cli => Run(cli, "inventory", "list"),
        ["inventory claim"] = cli => Run(cli, "inventory", "claim", f.Code),
        ["inventory assign"] = cli => Run(cli, "inventory", "assign", f.SpareMac, "--site", f.SiteId),
        ["inventory unassign"] = cli => Run(cli, "inventory", "unassign", f.SpareMac, "--yes"),
        ["inventory release"] = cli => Run(cli, "inventory", "release", f.SpareMac, "--yes"),
        ["wlan create"] = cli => cli.RunAsync(["wlan", "create", "--ssid", "Sweep", "--site", f.SiteId, "--psk-stdin", "--verbose"], setup: c => c.Stdin = "sweep passphrase"),
        ["wlan list"] = cli => Run(cli, "wlan", "list", "--site", f.SiteId, "--derived"),
        ["wlan view"] = cli => Run(cli, "wlan", "view", "Sweep", "--site", f.SiteId),
        ["wlan update"] = cli => Run(cli, "wlan", "update", "Sweep", "--site", f.SiteId, "--hidden"),
        ["wlan delete"] = cli => Run(cli, "wlan", "delete", "Sweep", "--site", f.SiteId, "--yes"),
        ["api"] = cli => Run(cli, "api", "self"),
        ["client list"] = cli => Run(cli, "client", "list"),
        ["client find"] = cli => Run(cli, "client", "find", "alex"),
        ["client view"] = cli => Run(cli, "client", "view", "f0:98:9d:00:00:01"),
        ["client events"] = cli => Run(cli, "client", "events", "f0:98:9d:00:00:01", "--since", "1d"),
        ["event list"] = cli => Run(cli, "event", "list", "--since", "2h"),
        ["alarm list"] = cli => Run(cli, "alarm", "list", "--since", "7d"),
        ["alarm ack"] = cli => Run(cli, "alarm", "ack", "00000000-0000-4000-8000-000000000000"),
        ["audit list"] = cli => Run(cli, "audit", "list"),
        // The embedded simulator's practice data; its `tokens` are that simulator's fake ones (the same seed as the
        // harness's, so equal to its admin token by design) and are left out here, as `sim serve`'s banner is exempt.
        // It runs before `sim reset`, which removes the state it seeds.
        ["sim seed"] = cli => Run(cli, "sim", "seed", "--sim", "-o", "json", "--fields", "orgs,claim_codes,sites,unassigned"),
        ["sim reset"] = cli => Run(cli, "sim", "reset"),
        ["completion"] = cli => Run(cli, "completion", "bash"),
    };

    private static Task<CliResult> Run(CliHarness cli, params string[] args) => cli.RunAsync([.. args, "--verbose"]);

    /// <summary>An export of the org now, for diff and apply to read (so both find nothing to do: exit 0).</summary>
    private static async Task<string> ExportAsync(CliHarness cli)
    {
        var path = Path.Combine(cli.StateDir, "..", Guid.NewGuid().ToString("N") + "-export.json");
        var result = await cli.RunAsync("org", "export", "--out", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        return path;
    }

    private static IEnumerable<string> Leaves(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands)
        {
            var name = (prefix + " " + sub.Name).Trim();
            if (sub.Subcommands.Count == 0)
            {
                yield return name;
            }
            else
            {
                foreach (var leaf in Leaves(sub, name))
                {
                    yield return leaf;
                }
            }
        }
    }

    private sealed record Fixture(string SiteId, string Mac, string SpareMac, string Code, string SitesCsv, string RenameCsv)
    {
        public static readonly Fixture Empty = new("", "", "", "", "", "");

        public static async Task<Fixture> CreateAsync(CliHarness cli)
        {
            var seed = cli.Seed;
            var ap = seed.Devices.First(d => d.OrgId == seed.PrimaryOrgId && d.SiteId is not null && d.Type == "ap");
            var spare = seed.Devices.First(d => d.OrgId == seed.PrimaryOrgId && d.SiteId is null);
            var folder = Path.Combine(Path.GetDirectoryName(cli.ConfigDir)!, "files");
            Directory.CreateDirectory(folder);
            var sites = Path.Combine(folder, "sites.csv");
            var rename = Path.Combine(folder, "rename.csv");
            await File.WriteAllTextAsync(sites, "name,timezone\nSweep Import,Europe/Paris\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(rename, $"mac,name\n{ap.Mac},swept-ap\n", TestContext.Current.CancellationToken);
            return new Fixture(seed.Sites[0].Id, ap.Mac, spare.Mac, seed.UnclaimedCodes[0], sites, rename);
        }
    }
}

using Mist.Simulator;

namespace Mist.Cli.Tests.Support;

/// <summary>
/// Runs the real <c>mist</c> command tree in-process against a simulator on 127.0.0.1, with its own config and
/// state directories, in TTY or non-TTY mode. The simulator's counters tell what was sent.
/// </summary>
internal sealed class CliHarness : IAsyncDisposable
{
    private readonly string _home;

    private CliHarness(MistSimulator simulator, string home, TimeProvider time)
    {
        Simulator = simulator;
        _home = home;
        Time = time;
    }

    /// <summary>The clock of the simulator and of every command run (a fake one when a test needs the hour to turn).</summary>
    public TimeProvider Time { get; }

    public MistSimulator Simulator { get; }

    public SeedSummary Seed => Simulator.Seed;

    public string ConfigDir => Path.Combine(_home, "config");

    public string StateDir => Path.Combine(_home, "state");

    /// <summary>Extra environment for every run (tests may add or remove entries).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public static async Task<CliHarness> StartAsync(Action<MistSimulatorOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new MistSimulatorOptions { TimeProvider = time ?? TimeProvider.System };
        configure?.Invoke(options);
        var simulator = await MistSimulator.StartAsync(options, TestContext.Current.CancellationToken);
        var home = Path.Combine(Path.GetTempPath(), "mist-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        var harness = new CliHarness(simulator, home, options.TimeProvider);
        harness.Environment["MIST_CONFIG_DIR"] = harness.ConfigDir;
        harness.Environment["MIST_STATE_DIR"] = harness.StateDir;
        harness.Environment["MIST_HOST"] = simulator.BaseAddress.ToString();
        harness.Environment["MIST_API_TOKEN"] = simulator.Tokens.Admin;
        return harness;
    }

    /// <summary>Runs <c>mist args...</c>; <paramref name="tty"/> makes stdin, stdout and stderr terminals.</summary>
    public Task<CliResult> RunAsync(string[] args, bool tty = false, Action<TestConsole>? setup = null) =>
        RunUntilAsync(args, tty, setup, TestContext.Current.CancellationToken);

    /// <summary>Runs until done or until <paramref name="ctrlC"/> fires (a user's Ctrl-C); <paramref name="setup"/> can watch the console.</summary>
    public async Task<CliResult> RunUntilAsync(string[] args, bool tty, Action<TestConsole>? setup, CancellationToken ctrlC)
    {
        var cancellationToken = ctrlC;
        var console = new TestConsole(tty, new Dictionary<string, string>(Environment, StringComparer.Ordinal));
        setup?.Invoke(console);
        var code = await MistCli.RunAsync(args, new CliApp(console, Time), cancellationToken);
        return new CliResult(code, console.OutWriter.ToString(), console.ErrorWriter.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, tty: false);

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; the test result is what matters.
        }
    }
}

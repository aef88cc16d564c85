using System.CommandLine;
using Mist.Cli.Config;
using Mist.Cli.Session;
using Mist.Simulator;

namespace Mist.Cli.Commands.Sim;

/// <summary><c>mist sim serve</c>: serves the simulator on 127.0.0.1, prints its URL and tokens, runs until Ctrl-C.</summary>
internal sealed class SimServeCommand : Command
{
    private static readonly Option<int> s_port = new("--port") { Description = "Port on 127.0.0.1 (0 picks a free port).", DefaultValueFactory = _ => 0 };
    private static readonly Option<string?> s_state = new("--state") { Description = "SQLite state file (default: the user's state directory)." };
    private static readonly Option<bool> s_inMemory = new("--in-memory") { Description = "Keep the state in memory; nothing is saved." };
    private static readonly Option<int> s_seed = new("--seed") { Description = "Seed of the generated data set.", DefaultValueFactory = _ => 1 };
    private static readonly Option<bool> s_large = new("--large") { Description = "Seed 1 org with 1,000 sites and 100,000 devices." };
    private static readonly Option<int> s_latency = new("--latency-ms") { Description = "Latency added to every API call, in milliseconds." };
    private static readonly Option<double> s_faultRate = new("--fault-rate") { Description = "Share of API calls (0-1) answered with a 5xx." };
    private static readonly Option<int> s_rateLimit = new("--rate-limit") { Description = "API calls per token per clock hour.", DefaultValueFactory = _ => 5000 };

    private readonly CliApp _app;

    public SimServeCommand(CliApp app)
        : base("serve", "Serve the Mist API simulator on 127.0.0.1 until Ctrl-C.")
    {
        _app = app;
        Options.Add(s_port);
        Options.Add(s_state);
        Options.Add(s_inMemory);
        Options.Add(s_seed);
        Options.Add(s_large);
        Options.Add(s_latency);
        Options.Add(s_faultRate);
        Options.Add(s_rateLimit);
        Validators.Add(result =>
        {
            if (result.GetValue(s_inMemory) && result.GetValue(s_state) is not null)
            {
                result.AddError("--state and --in-memory cannot be used together.");
            }

            if (result.GetValue(s_faultRate) is < 0 or > 1)
            {
                result.AddError("--fault-rate is a share between 0 and 1.");
            }
        });
        SetAction(ExecuteAsync);
    }

    private async Task<int> ExecuteAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var statePath = parse.GetValue(s_inMemory) ? null : Path.GetFullPath(parse.GetValue(s_state) ?? ConfigPaths.SimulatorState(_app.Console));
        if (statePath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(statePath)!);
        }

        var options = new MistSimulatorOptions
        {
            Port = parse.GetValue(s_port),
            StatePath = statePath,
            Seed = parse.GetValue(s_seed),
            Seeding = parse.GetValue(s_large) ? SeedOptions.Large : SessionFactory.DemoSeeding,
            RateLimitPerHour = parse.GetValue(s_rateLimit),
            Faults = new FaultOptions { LatencyMs = parse.GetValue(s_latency), FiveXxRate = parse.GetValue(s_faultRate), Seed = parse.GetValue(s_seed) },
            // The control endpoints can reset the state and hand out every token: only whoever saw the banner may call them.
            ControlSecret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
        };

        MistSimulator started;
        try
        {
            started = await MistSimulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Kestrel's "address already in use" (or a port the user may not bind): one line, not a stack trace.
            var inUse = e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException;
            await parse.InvocationConfiguration.Error.WriteLineAsync(inUse
                ? $"error: port {options.Port} on 127.0.0.1 is in use; choose another --port, or --port 0 for a free one."
                : $"error: cannot serve on 127.0.0.1:{options.Port}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await using var simulator = started;
        var output = parse.InvocationConfiguration.Output;
        await output.WriteLineAsync(SimBanner.Render(simulator, statePath)).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the normal way to stop serving.
        }

        return 0;
    }
}

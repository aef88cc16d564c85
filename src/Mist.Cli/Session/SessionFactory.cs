using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Mist.Cli.Config;
using Mist.Cli.Terminal;
using Mist.Simulator;

namespace Mist.Cli.Session;

/// <summary>Opens a <see cref="MistSession"/> for a parsed command: resolves the target, starts the embedded simulator if needed, builds the client.</summary>
internal static class SessionFactory
{
    public static string Version { get; } =
        typeof(SessionFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The demo org the embedded simulator (and <c>mist sim serve</c>) seeds on first use.</summary>
    public static SeedOptions DemoSeeding => new() { Orgs = 2, SitesPerOrg = 5, DevicesPerSite = 8, UnassignedDevicesPerOrg = 6, UnclaimedDevices = 10, Wireless = true };

    public static async Task<MistSession> OpenAsync(ParseResult parse, CliConsole console, TimeProvider time, CancellationToken cancellationToken, Action<MistClientOptions>? configure = null)
    {
        var target = TargetResolver.Resolve(parse, console);
        MistSimulator? simulator = null;
        var cloud = target.Cloud;
        var credential = target.Credential;
        if (target.UseSimulator)
        {
            simulator = await StartEmbeddedAsync(console, time, ConfigPaths.SimulatorState(console), cancellationToken).ConfigureAwait(false);
            cloud = MistCloud.FromUri(simulator.BaseAddress);
            credential = new MistCredential(simulator.Tokens.Admin);
            console.Error.WriteLine(
                $"Using the embedded Mist simulator ({target.Source}; state in {ConfigPaths.SimulatorState(console)}). Run `mist auth login` to use your Mist cloud.");
        }

        var options = ClientOptions(parse, console, time, cloud);
        configure?.Invoke(options);
        return new MistSession(new MistClient(credential!, options), target, simulator);
    }

    /// <summary>The client options every command uses (cloud, budget and its waits, --verbose logging, --dry-run transport).</summary>
    public static MistClientOptions ClientOptions(ParseResult parse, CliConsole console, TimeProvider time, MistCloud cloud)
    {
        var noWait = parse.GetValue(GlobalOptions.NoWait);
        var options = new MistClientOptions
        {
            Cloud = cloud,
            TimeProvider = time,
            ApplicationId = $"mist-cli/{Version}",
            RateBudget =
            {
                // Waiting for Mist's hour to turn is better than failing half-way; --no-wait stops at once instead.
                // --no-wait is about the hourly budget only: a short wait (Retry-After, backoff) still happens, and the
                // line says so rather than promising no wait at all.
                MaxWait = noWait ? TimeSpan.Zero : TimeSpan.FromHours(1),
                OnWait = notice => console.Error.WriteLine(
                    $"Waiting {Duration(notice.Delay)} before {notice.Method} {notice.Path} ({Describe(notice.Reason)}); Ctrl-C stops."
                    + (noWait || notice.Reason == MistWaitReason.Backoff ? string.Empty : " --no-wait stops instead of waiting for the hourly budget to renew.")),
            },
        };
        if (parse.GetValue(GlobalOptions.Verbose))
        {
            options.LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new StderrLoggerProvider(console.Error)));
        }

        if (parse.GetValue(GlobalOptions.DryRun))
        {
            // Reads go through the SDK's own transport (proxy, TLS diagnostics, decompression), as without --dry-run.
            options.WrapTransport = inner => new DryRunHandler(inner);
        }

        return options;
    }

    /// <summary>Opens (seeding it on first use) the embedded simulator's state file and serves it on 127.0.0.1 for this process.</summary>
    internal static async Task<MistSimulator> StartEmbeddedAsync(CliConsole console, TimeProvider time, string state, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(state)!);
            return await MistSimulator.StartAsync(
                new MistSimulatorOptions
                {
                    StatePath = state,
                    TimeProvider = time,
                    Seeding = DemoSeeding,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            // SQLite says only "Error 14: unable to open database file": say which file, and which variable moves it.
            throw ConfigPaths.NotWritable("embedded simulator's state", state, ConfigPaths.StateVariable, e);
        }
    }

    private static string Duration(TimeSpan delay) =>
        delay >= TimeSpan.FromMinutes(1) ? $"{(int)delay.TotalMinutes} min {delay.Seconds} s" : $"{Math.Ceiling(delay.TotalSeconds)} s";

    private static string Describe(MistWaitReason reason) => reason switch
    {
        MistWaitReason.ServerRateLimit => "Mist's hourly rate limit",
        MistWaitReason.ClientBudget => "the hourly call budget",
        _ => "retrying after a transient failure",
    };
}

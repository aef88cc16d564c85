using Mist.Simulator.Auth;
using Mist.Simulator.Faults;
using Mist.Simulator.Http;
using Mist.Simulator.Seeding;
using Mist.Simulator.State;

namespace Mist.Simulator.Hosting;

/// <summary>The simulator's shared parts: state, seed, counters, faults and usage; one per running simulator.</summary>
internal sealed class SimulatorRuntime : IDisposable
{
    private readonly Lock _seedGate = new();
    private SeedResult _seed;

    public SimulatorRuntime(MistSimulatorOptions options)
    {
        Options = options;
        Database = new Database(options.StatePath);
        Faults = new FaultInjector(options.Faults);
        Usage = new UsageTracker(options.TimeProvider, options.RateLimitPerHour);

        // A state file seeded earlier (or by another process right now) is used as it is; only an empty one is seeded.
        _seed = Seeder.OpenOrSeed(Database, options.Seeding, options.Seed, options.TimeProvider.EpochSeconds());
    }

    public MistSimulatorOptions Options { get; }
    public Database Database { get; }
    public RequestCounters Counters { get; } = new();
    public FaultInjector Faults { get; }
    public UsageTracker Usage { get; }
    public TimeProvider Time => Options.TimeProvider;

    public SeedSummary Summary => Volatile.Read(ref _seed).Summary;
    public SeededTokens Tokens => Volatile.Read(ref _seed).Tokens;

    /// <summary>Replaces the state with a fresh data set (the current seed number unless another is given).</summary>
    public void Reseed(int? seed)
    {
        lock (_seedGate)
        {
            _seed = Seeder.Seed(Database, Options.Seeding, seed ?? Summary.Seed, Time.EpochSeconds());
            Usage.Reset();
        }
    }

    public void Dispose() => Database.Dispose();
}

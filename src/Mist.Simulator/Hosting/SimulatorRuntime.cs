using Mist.Simulator.Auth;
using Mist.Simulator.Faults;
using Mist.Simulator.Http;
using Mist.Simulator.Seeding;
using Mist.Simulator.State;

namespace Mist.Simulator.Hosting;

/// <summary>
/// The simulator's shared parts: state, seed, counters, faults and usage; one per running simulator.
/// <para>
/// Start-up seeds in two transactions so that <c>mist sim serve --large</c> answers within seconds: the orgs, sites,
/// devices and tokens first (what inventory, site and device routes read), then, in the background, the activity
/// history (<see cref="PendingActivity"/>: ~200,000 events and their alarms at 100,000 devices, most of the seed's
/// time). Bulk insertion alone could not get there: the history is built row by row from the devices it describes.
/// The writer stays held from the first transaction to the end of the second, so no request's write comes between
/// them and the history is the same whether or not a request came early; the routes that read the history wait
/// for <see cref="ActivitySeeded"/> (<see cref="ActivityGate"/>), every other read is answered at once.
/// </para>
/// </summary>
internal sealed class SimulatorRuntime : IDisposable
{
    private readonly Lock _seedGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private SeedResult _seed;

    public SimulatorRuntime(MistSimulatorOptions options)
    {
        Options = options;
        Database = new Database(options.StatePath);
        Faults = new FaultInjector(options.Faults);
        Usage = new UsageTracker(options.TimeProvider, options.RateLimitPerHour);

        // A state file seeded earlier (or by another process right now) is used as it is; only an empty one is seeded.
        var writer = Database.HoldWriter();
        PendingActivity? pending;
        try
        {
            _seed = Seeder.OpenOrSeed(writer, options.Seeding, options.Seed, options.TimeProvider.EpochSeconds(), Timings);
            pending = writer.Write(PendingActivity.Read);
        }
        catch
        {
            writer.Dispose();
            Database.Dispose();
            throw;
        }

        ActivityWritesConfiguration = pending?.Wireless == true;
        if (pending is null)
        {
            writer.Dispose();
            ActivitySeeded = Task.CompletedTask;
        }
        else
        {
            ActivitySeeded = Task.Run(() => SeedActivityAsync(writer, _stopping.Token));
        }
    }

    public MistSimulatorOptions Options { get; }
    public Database Database { get; }
    public RequestCounters Counters { get; } = new();
    public FaultInjector Faults { get; }
    public UsageTracker Usage { get; }
    public TimeProvider Time => Options.TimeProvider;

    /// <summary>How long each seed phase took at start-up (empty when a seeded file was opened).</summary>
    public SeedTimings Timings { get; } = new();

    /// <summary>Completes when the activity history of the start-up seed is in the state (at once when none was owed).</summary>
    public Task ActivitySeeded { get; }

    /// <summary>True when the history still owed at start-up includes WLANs and templates (a wireless seed).</summary>
    public bool ActivityWritesConfiguration { get; }

    /// <summary>Called on the background seed's thread before it writes: tests hold it there to send early requests.</summary>
    internal Func<CancellationToken, Task>? BeforeActivitySeed => Options.BeforeActivitySeed;

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

    /// <summary>
    /// Cancels a background seed still running (its transaction rolls back; a state file keeps the history owed, and
    /// whoever opens it next writes it). Called before the server stops, so requests waiting for the history end
    /// at once instead of holding the shutdown.
    /// </summary>
    public void StopSeeding() => _stopping.Cancel();

    /// <summary>Stops a background seed still running, waits for it to let the writer go, then releases the state.</summary>
    public void Dispose()
    {
        StopSeeding();
        try
        {
            ActivitySeeded.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-seed: nothing of the history was committed.
        }
#pragma warning disable CA1031 // Whatever failed the history was already answered to the requests that waited for it; disposing must still release the state.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        Database.Dispose();
        _stopping.Dispose();
    }

    private async Task SeedActivityAsync(Database.WriterHold writer, CancellationToken cancellationToken)
    {
        using (writer)
        {
            if (BeforeActivitySeed is { } hook)
            {
                await hook(cancellationToken).ConfigureAwait(false);
            }

            writer.Write(c => PendingActivity.Complete(c, Timings, cancellationToken));
        }
    }
}

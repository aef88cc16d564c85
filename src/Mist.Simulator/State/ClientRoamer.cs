using System.Globalization;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;

namespace Mist.Simulator.State;

/// <summary>
/// Clients that roam over simulated time (<see cref="SeedOptions.RoamsPerTick"/>): every <see cref="TickSeconds"/> of
/// the simulator's clock, that many connected clients, chosen by the tick's number, each move to the next connected AP
/// of their site (<see cref="Roaming.Roam"/>), so a seed and a clock give the same moves. A read catches up on the
/// ticks since the last one (at most <see cref="MaxTicksCaughtUp"/>, an hour's worth: the cost of a read stays bounded
/// whatever the org's size); a read within the same tick costs nothing.
/// </summary>
internal sealed class ClientRoamer(SimulatorRuntime runtime)
{
    public const double TickSeconds = 300;
    public const string TickKey = "roaming_tick";
    private const int MaxTicksCaughtUp = 12;

    // The last tick settled, known in memory once read: most reads compare two numbers and touch no table.
    private long _settled = long.MinValue;

    public static long TickOf(double epochSeconds) => (long)Math.Floor(epochSeconds / TickSeconds);

    /// <summary>Moves the clients due to roam by now; call before reading clients or AP client counts.</summary>
    public void Settle()
    {
        var perTick = runtime.Options.Seeding.RoamsPerTick;
        var tick = TickOf(runtime.Time.EpochSeconds());
        if (perTick == 0 || Interlocked.Read(ref _settled) >= tick)
        {
            return;
        }

        runtime.Database.Write(c =>
        {
            var last = long.TryParse(MetaStore.Get(c, TickKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var stored) ? stored : tick;
            for (var t = Math.Max(last + 1, tick - MaxTicksCaughtUp + 1); t <= tick; t++)
            {
                Roaming.Roam(c, t, t * TickSeconds, perTick);
            }

            MetaStore.Set(c, TickKey, Math.Max(last, tick).ToString(CultureInfo.InvariantCulture));
            return 0;
        });
        Interlocked.Exchange(ref _settled, tick);
    }
}

namespace Mist.Simulator.Http;

/// <summary>Mist's time format: epoch seconds as a float with millisecond precision.</summary>
internal static class Clock
{
    public static double EpochSeconds(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;
}

namespace Mist.Simulator;

/// <summary>How a <see cref="MistSimulator"/> starts: port, state, seed, limits and faults.</summary>
public sealed class MistSimulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>Seed of the deterministic data set (ids, names, MACs, claim codes, tokens).</summary>
    public int Seed { get; set; } = 1;

    /// <summary>SQLite state file; <see langword="null"/> keeps the state in memory.</summary>
    public string? StatePath { get; set; }

    /// <summary>Size of the seeded data set.</summary>
    public SeedOptions Seeding { get; set; } = new();

    /// <summary>Calls per token per clock hour before 429 (Mist: 5,000).</summary>
    public int RateLimitPerHour { get; set; } = 5000;

    /// <summary>Faults injected from the start; change them later with <see cref="MistSimulator.SetFaults"/>.</summary>
    public FaultOptions Faults { get; set; } = new();

    /// <summary>Stage durations of simulated firmware upgrades.</summary>
    public FirmwareOptions Firmware { get; set; } = new();

    /// <summary>Clock for timestamps, the rate-limit hour and injected delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Largest accepted request body; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// When set, every <c>/__sim/</c> control call over HTTP must carry it in the <c>X-Mist-Sim-Secret</c> header.
    /// <c>mist sim serve</c> sets a random one and prints it; the in-process <see cref="MistSimulator"/> methods need none.
    /// </summary>
    public string? ControlSecret { get; set; }

    /// <summary>Awaited on the background seed's thread before it writes the activity history: tests hold it there.</summary>
    internal Func<CancellationToken, Task>? BeforeActivitySeed { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(RateLimitPerHour, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBodyBytes, 1024);
        ArgumentNullException.ThrowIfNull(Seeding);
        ArgumentNullException.ThrowIfNull(Faults);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(Firmware);
        Firmware.Validate();
        Seeding.Validate();
        Faults.Validate();
    }
}

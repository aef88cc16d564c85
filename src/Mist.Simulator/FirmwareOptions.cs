namespace Mist.Simulator;

/// <summary>
/// How long each stage of a simulated firmware upgrade lasts on the simulator's <see cref="MistSimulatorOptions.TimeProvider"/>.
/// The defaults finish a one-device upgrade in 18 seconds, so a demo waits briefly and tests advance a fake clock.
/// </summary>
public sealed record FirmwareOptions
{
    /// <summary>Seconds a device waits in the queue before it downloads.</summary>
    public double QueuedSeconds { get; init; } = 1;

    /// <summary>Seconds a device downloads the image.</summary>
    public double DownloadSeconds { get; init; } = 6;

    /// <summary>Seconds a device installs the image (a failing device fails at the end of this stage).</summary>
    public double UpgradeSeconds { get; init; } = 6;

    /// <summary>Seconds a device reboots into the new version.</summary>
    public double RebootSeconds { get; init; } = 5;

    internal void Validate()
    {
        foreach (var (value, name) in new[]
                 {
                     (QueuedSeconds, nameof(QueuedSeconds)), (DownloadSeconds, nameof(DownloadSeconds)),
                     (UpgradeSeconds, nameof(UpgradeSeconds)), (RebootSeconds, nameof(RebootSeconds)),
                 })
        {
            if (!(value is >= 0 and <= 86400))
            {
                throw new ArgumentOutOfRangeException(name, value, "A firmware stage lasts 0 to 86,400 seconds.");
            }
        }
    }
}

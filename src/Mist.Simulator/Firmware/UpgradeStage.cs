namespace Mist.Simulator.Firmware;

/// <summary>Where one device is in an upgrade; the last four are final.</summary>
internal enum UpgradeStage
{
    Queued,
    Downloading,
    Upgrading,
    Rebooting,
    Upgraded,
    Failed,
    Skipped,
    Cancelled,
}

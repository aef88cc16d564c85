namespace Mist;

/// <summary>How <see cref="FirmwareClient.WaitForUpgradeAsync"/> follows an upgrade.</summary>
public sealed class UpgradeWaitOptions
{
    /// <summary>Time between two reads of the upgrade (default 5 seconds; at least 100 ms).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait before giving up (default 2 hours).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Called with each read whose status or per-stage devices differ from the previous read (and with the first).</summary>
    public Action<SiteUpgrade>? OnChange { get; set; }
}

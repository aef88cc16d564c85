using System.Text.Json.Nodes;

namespace Mist.Simulator.Firmware;

/// <summary>
/// A site upgrade as stored. Nothing runs in the background: each device's stage is computed from the clock, the
/// start time, the device's offset and the stage durations, so a fake clock drives it and a state file keeps it.
/// </summary>
internal sealed class UpgradePlan
{
    public required string Id { get; init; }
    public required string OrgId { get; init; }
    public required string SiteId { get; init; }
    public string? OrgUpgradeId { get; init; }
    public required string Strategy { get; init; }
    public required string TargetVersion { get; init; }
    public bool Force { get; init; }
    public bool Reboot { get; init; }
    public required double StartTime { get; init; }
    public double? CancelledAt { get; set; }
    public required List<PlannedDevice> Devices { get; init; }

    /// <summary>The stage of <paramref name="d"/> at <paramref name="now"/>, and its progress in percent.</summary>
    public (UpgradeStage Stage, int Progress) StageOf(PlannedDevice d, double now, FirmwareOptions f)
    {
        if (d.Skip)
        {
            return (UpgradeStage.Skipped, 100);
        }

        var download = StartTime + d.Offset + f.QueuedSeconds;
        if (CancelledAt is { } cancelled && cancelled < download)
        {
            return (UpgradeStage.Cancelled, 0);
        }

        var install = download + f.DownloadSeconds;
        var reboot = install + f.UpgradeSeconds;
        var end = reboot + f.RebootSeconds;
        var total = Math.Max(end - download, 0.001);
        var progress = (int)Math.Clamp((now - download) / total * 100, 0, 99);
        return now < download ? (UpgradeStage.Queued, 0)
            : now < install ? (UpgradeStage.Downloading, progress)
            : now < reboot ? (UpgradeStage.Upgrading, progress)
            : d.Fail ? (UpgradeStage.Failed, progress)
            : now < end ? (UpgradeStage.Rebooting, progress)
            : (UpgradeStage.Upgraded, 100);
    }

    /// <summary>When <paramref name="d"/> finishes (reboots into its new version).</summary>
    public double EndOf(PlannedDevice d, FirmwareOptions f) =>
        StartTime + d.Offset + f.QueuedSeconds + f.DownloadSeconds + f.UpgradeSeconds + f.RebootSeconds;

    public static bool IsFinal(UpgradeStage stage) => stage >= UpgradeStage.Upgraded;

    /// <summary>
    /// Mist's status of the whole upgrade: <c>cancelled</c>, <c>completed</c> (every device final, some upgraded or
    /// skipped), <c>failed</c> (every upgraded device failed), else the least advanced stage in flight.
    /// </summary>
    public string StatusAt(double now, FirmwareOptions f)
    {
        var stages = Devices.Select(d => StageOf(d, now, f).Stage).ToList();
        if (stages.All(IsFinal))
        {
            return CancelledAt is not null && stages.Contains(UpgradeStage.Cancelled) ? "cancelled"
                : stages.Contains(UpgradeStage.Failed) && !stages.Contains(UpgradeStage.Upgraded) && !stages.Contains(UpgradeStage.Skipped) ? "failed"
                : "completed";
        }

        return stages.Any(s => s is UpgradeStage.Upgrading or UpgradeStage.Rebooting) ? "upgrading"
            : stages.Contains(UpgradeStage.Downloading) ? "downloading"
            : "queued";
    }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id, ["org_id"] = OrgId, ["site_id"] = SiteId, ["org_upgrade_id"] = OrgUpgradeId, ["strategy"] = Strategy,
        ["target_version"] = TargetVersion, ["force"] = Force, ["reboot"] = Reboot, ["start_time"] = StartTime,
        ["cancelled_at"] = CancelledAt, ["devices"] = new JsonArray([.. Devices.Select(d => (JsonNode)d.ToJson())]),
    };

    public static UpgradePlan FromJson(JsonNode n) => new()
    {
        Id = (string)n["id"]!, OrgId = (string)n["org_id"]!, SiteId = (string)n["site_id"]!,
        OrgUpgradeId = (string?)n["org_upgrade_id"], Strategy = (string)n["strategy"]!, TargetVersion = (string)n["target_version"]!,
        Force = (bool)n["force"]!, Reboot = (bool)n["reboot"]!, StartTime = (double)n["start_time"]!,
        CancelledAt = (double?)n["cancelled_at"], Devices = [.. n["devices"]!.AsArray().Select(d => PlannedDevice.FromJson(d!))],
    };

    /// <summary>
    /// Download offsets per strategy: big_bang all at once; serial one after another; canary in phases of 1, 10, 50
    /// and 100 percent; rrm in quarters. A phase starts when the one before it has finished.
    /// </summary>
    public static double[] Offsets(string strategy, int count, FirmwareOptions f)
    {
        var step = f.DownloadSeconds + f.UpgradeSeconds + f.RebootSeconds;
        int[] phases = strategy switch
        {
            "canary" => [1, 10, 50, 100],
            "rrm" => [25, 50, 75, 100],
            _ => [100],
        };
        var offsets = new double[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = strategy == "serial" ? i * step : PhaseOf(i, count, phases) * step;
        }

        return offsets;
    }

    private static int PhaseOf(int index, int count, int[] phases)
    {
        for (var p = 0; p < phases.Length; p++)
        {
            if (index < Math.Max(p + 1, (int)Math.Ceiling(count * phases[p] / 100.0)))
            {
                return p;
            }
        }

        return phases.Length - 1;
    }
}

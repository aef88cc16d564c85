using Mist.Simulator.State;

namespace Mist.Simulator.Firmware;

/// <summary>
/// Turns an upgrade request into a plan: picks the devices, checks the version against each device's model (400
/// when a model does not offer it), marks devices already on it as skipped (unless forced), and draws the failing
/// devices from the fault options.
/// </summary>
internal static class UpgradePlanner
{
    public static readonly string[] Strategies = ["big_bang", "canary", "rrm", "serial"];

    public sealed record Request(
        string OrgId, string SiteId, Func<DeviceRow, string?> VersionFor, string TargetVersion, string Strategy,
        bool Force, bool Reboot, double StartTime)
    {
        /// <summary>How many upgrades the site had before: a re-run draws its failures afresh, reproducibly.</summary>
        public int Attempt { get; init; }
    }

    public static (UpgradePlan? Plan, string? Error) Plan(Request request, IReadOnlyList<DeviceRow> devices, FaultOptions faults, FirmwareOptions f)
    {
        if (!Strategies.Contains(request.Strategy))
        {
            return (null, $"invalid strategy: {request.Strategy} (big_bang, canary, rrm or serial)");
        }

        if (devices.Count == 0)
        {
            return (null, "no device on this site matches the upgrade");
        }

        var id = Guid.NewGuid().ToString();
        var offsets = UpgradePlan.Offsets(request.Strategy, devices.Count(d => !IsSkipped(request, d)), f);
        var planned = new List<PlannedDevice>(devices.Count);
        var next = 0;
        foreach (var device in devices)
        {
            var target = request.VersionFor(device);
            if (target is null)
            {
                return (null, $"version {request.TargetVersion} is not available for model {device.Model} (device {device.Mac})");
            }

            var skip = !request.Force && device.Version == target;
            var fail = !skip && Draw(faults.Seed, request.Attempt, device.Mac) < faults.UpgradeFailureRate;
            planned.Add(new PlannedDevice(device.Id, device.Mac, device.Model, device.Version, target, skip, fail, skip ? 0 : offsets[next++]));
        }

        return (new UpgradePlan
        {
            Id = id, OrgId = request.OrgId, SiteId = request.SiteId, Strategy = request.Strategy, TargetVersion = request.TargetVersion,
            Force = request.Force, Reboot = request.Reboot, StartTime = request.StartTime, Devices = planned,
        }, null);
    }

    private static bool IsSkipped(Request request, DeviceRow d) => !request.Force && request.VersionFor(d) == d.Version;

    /// <summary>A reproducible draw in [0, 1) per fault seed, attempt and device (FNV-1a).</summary>
    private static double Draw(int seed, int attempt, string mac)
    {
        var hash = (14695981039346656037UL ^ (ulong)(uint)seed) * 1099511628211UL ^ (ulong)(uint)attempt;
        foreach (var ch in mac)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return (hash >> 11) / (double)(1UL << 53);
    }
}

using System.Text.Json.Nodes;

namespace Mist.Simulator.Firmware;

/// <summary>
/// Response bodies of upgrades, field sets per the spec: <c>SiteDeviceUpgrade</c> (targets: MACs per stage),
/// the site list items (counts per stage) and the org upgrade (its site upgrades).
/// </summary>
internal static class UpgradeJson
{
    public static JsonObject Site(UpgradePlan plan, double now, FirmwareOptions f)
    {
        var lists = Lists(plan, now, f);
        var targets = new JsonObject();
        foreach (var (name, macs) in lists)
        {
            targets[name] = new JsonArray([.. macs.Select(m => (JsonNode)JsonValue.Create(m))]);
        }

        targets["total"] = plan.Devices.Count;
        var body = Common(plan, now, f);
        body["targets"] = targets;
        return body;
    }

    public static JsonObject ListItem(UpgradePlan plan, double now, FirmwareOptions f)
    {
        var counts = new JsonObject();
        foreach (var (name, macs) in Lists(plan, now, f))
        {
            if (name != "downloading")
            {
                counts[name] = macs.Count;
            }
        }

        counts["total"] = plan.Devices.Count;
        var body = Common(plan, now, f);
        body["counts"] = counts;
        return body;
    }

    /// <summary>An org upgrade: its stored fields plus each site upgrade's id, start time, status and targets.</summary>
    public static JsonObject Org(JsonNode stored, Func<string, string, UpgradePlan?> site, double now, FirmwareOptions f)
    {
        var upgrades = new JsonArray();
        foreach (var entry in stored["site_upgrades"]!.AsArray())
        {
            var siteId = (string)entry!["site_id"]!;
            if (site(siteId, (string)entry["upgrade_id"]!) is { } plan)
            {
                var full = Site(plan, now, f);
                upgrades.Add((JsonNode)new JsonObject
                {
                    ["site_id"] = siteId,
                    ["upgrade"] = new JsonObject
                    {
                        ["id"] = plan.Id, ["start_time"] = (long)plan.StartTime, ["status"] = (string?)full["status"],
                        ["targets"] = Without(full["targets"]!.AsObject(), "total"),
                    },
                });
            }
        }

        return new JsonObject
        {
            ["id"] = (string?)stored["id"], ["strategy"] = (string?)stored["strategy"], ["target_version"] = (string?)stored["target_version"],
            ["force"] = (bool?)stored["force"], ["enable_p2p"] = false, ["upgrades"] = upgrades,
        };
    }

    private static JsonObject Common(UpgradePlan plan, double now, FirmwareOptions f) => new()
    {
        ["id"] = plan.Id,
        ["status"] = plan.StatusAt(now, f),
        ["strategy"] = plan.Strategy,
        ["target_version"] = plan.TargetVersion,
        ["force"] = plan.Force,
        ["enable_p2p"] = false,
        ["start_time"] = (long)plan.StartTime,
        ["max_failure_percentage"] = 5,
        ["current_phase"] = 0,
    };

    /// <summary>The spec's per-stage MAC lists; a device appears in the list of its current stage (cancelled in none).</summary>
    private static List<(string Name, List<string> Macs)> Lists(UpgradePlan plan, double now, FirmwareOptions f)
    {
        List<(string, List<string>)> lists =
        [
            ("scheduled", []), ("download_requested", []), ("downloading", []), ("downloaded", []),
            ("reboot_in_progress", []), ("rebooted", []), ("upgraded", []), ("failed", []), ("skipped", []),
        ];
        foreach (var d in plan.Devices)
        {
            var name = plan.StageOf(d, now, f).Stage switch
            {
                UpgradeStage.Queued => "scheduled",
                UpgradeStage.Downloading => "downloading",
                UpgradeStage.Upgrading => "downloaded",
                UpgradeStage.Rebooting => "reboot_in_progress",
                UpgradeStage.Upgraded => "upgraded",
                UpgradeStage.Failed => "failed",
                UpgradeStage.Skipped => "skipped",
                _ => null,
            };
            if (name is not null)
            {
                lists.First(l => l.Item1 == name).Item2.Add(d.Mac);
                if (name == "upgraded")
                {
                    lists.First(l => l.Item1 == "rebooted").Item2.Add(d.Mac);
                }
            }
        }

        return lists;
    }

    private static JsonObject Without(JsonObject source, string name)
    {
        var copy = source.DeepClone().AsObject();
        copy.Remove(name);
        return copy;
    }
}

using Mist.Cli.Output;

namespace Mist.Cli.Commands.Firmware;

/// <summary>How firmware versions, outdated devices, upgrade results and upgrades are shown.</summary>
internal static class FirmwareViews
{
    public static readonly ResourceView Versions = new("version", new HashSet<string>(StringComparer.Ordinal) { "model", "version", "tag", "recommended" }, ["model", "version", "tag", "recommended"]);

    public static readonly ResourceView Outdated = new(
        "device", new HashSet<string>(StringComparer.Ordinal) { "name", "mac", "model", "type", "site_id", "version", "recommended", "status" },
        ["name", "mac", "model", "version", "recommended", "status"]);

    public static readonly ResourceView Results = new(
        "device", new HashSet<string>(StringComparer.Ordinal) { "name", "mac", "model", "site_id", "upgrade_id", "result", "version" },
        ["name", "mac", "model", "result", "version", "upgrade_id"]);

    public static readonly ResourceView Upgrades = new(
        "upgrade", new HashSet<string>(StringComparer.Ordinal) { "id", "site_id", "status", "strategy", "target_version", "start_time", "targets", "counts" },
        ["id", "status", "strategy", "target_version", "start_time"]);
}

using System.Text.Json.Nodes;

namespace Mist;

/// <summary>
/// An upgrade of one device (<c>POST /api/v1/sites/{site_id}/devices/{device_id}/upgrade</c>, body
/// <c>device_upgrade</c>): the version (or <c>stable</c>), and for switches and gateways whether to reboot at once
/// (APs always reboot).
/// </summary>
public class UpgradeOptions
{
    /// <summary>Creates the options for <paramref name="version"/>.</summary>
    /// <exception cref="ArgumentException">The version is empty.</exception>
    public UpgradeOptions(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Version = version;
    }

    /// <summary>The version to install, or <c>stable</c> for the recommended one.</summary>
    public string Version { get; }

    /// <summary>Switches and gateways: reboot as soon as the upgrade is installed.</summary>
    public bool? Reboot { get; set; }

    /// <summary>When the download starts; null starts now.</summary>
    public DateTimeOffset? StartTime { get; set; }

    internal virtual JsonObject ToJson()
    {
        var body = new JsonObject { ["version"] = Version };
        if (Reboot is { } reboot) body["reboot"] = reboot;
        if (StartTime is { } start) body["start_time"] = start.ToUnixTimeSeconds();
        return body;
    }
}

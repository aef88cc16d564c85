using System.Text.Json.Nodes;

namespace Mist;

/// <summary>
/// An upgrade across an org's sites (<c>POST /api/v1/orgs/{org_id}/devices/upgrade</c>, body
/// <c>upgrade_org_devices</c>): chosen sites (or all), a device type, optionally models, one version sent as
/// <c>versions: [{"firmware_type": "ap"|"junos", "version"}]</c>, and the strategy.
/// </summary>
public sealed class OrgUpgradeOptions
{
    /// <summary>Creates the options for <paramref name="version"/> on devices of <paramref name="deviceType"/>.</summary>
    /// <exception cref="ArgumentException">The version is empty.</exception>
    public OrgUpgradeOptions(string version, DeviceType deviceType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Version = version;
        DeviceType = deviceType;
    }

    /// <summary>The version to install, or <c>stable</c>.</summary>
    public string Version { get; }

    /// <summary>The type of device upgraded.</summary>
    public DeviceType DeviceType { get; }

    /// <summary>The sites; empty with <see cref="AllSites"/> for every site.</summary>
    public IList<Guid> SiteIds { get; } = [];

    /// <summary>Every site of the org.</summary>
    public bool AllSites { get; set; }

    /// <summary>Only devices of these models.</summary>
    public IList<string> Models { get; } = [];

    /// <summary><c>big_bang</c>, <c>serial</c>, <c>canary</c> or <c>rrm</c>.</summary>
    public string? Strategy { get; set; }

    /// <summary>Upgrade devices that already run the version.</summary>
    public bool? Force { get; set; }

    internal JsonObject ToJson()
    {
        var body = new JsonObject
        {
            ["device_type"] = DeviceType.Value,
            ["versions"] = new JsonArray(new JsonObject { ["firmware_type"] = DeviceType == DeviceType.AccessPoint ? "ap" : "junos", ["version"] = Version }),
        };
        if (AllSites) body["all_sites"] = true;
        if (SiteIds.Count > 0) body["site_ids"] = new JsonArray([.. SiteIds.Select(id => (JsonNode)JsonValue.Create(id.ToString("D")))]);
        if (Models.Count > 0) body["models"] = new JsonArray([.. Models.Select(m => (JsonNode)JsonValue.Create(m))]);
        if (Strategy is not null) body["strategy"] = Strategy;
        if (Force is { } force) body["force"] = force;
        return body;
    }
}

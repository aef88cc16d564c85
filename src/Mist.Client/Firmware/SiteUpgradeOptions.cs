using System.Text.Json.Nodes;

namespace Mist;

/// <summary>
/// An upgrade of a site's devices (<c>POST /api/v1/sites/{site_id}/devices/upgrade</c>, body
/// <c>upgrade_site_devices</c>): the devices by id or model (neither: every device the version fits), the strategy
/// and whether devices already on the version are upgraded again.
/// </summary>
public sealed class SiteUpgradeOptions : UpgradeOptions
{
    /// <summary>Creates the options for <paramref name="version"/>.</summary>
    /// <exception cref="ArgumentException">The version is empty.</exception>
    public SiteUpgradeOptions(string version)
        : base(version)
    {
    }

    /// <summary>Only these devices.</summary>
    public IList<Guid> DeviceIds { get; } = [];

    /// <summary>Only devices of these models.</summary>
    public IList<string> Models { get; } = [];

    /// <summary><c>big_bang</c> (the server's default: all at once), <c>serial</c>, <c>canary</c> or <c>rrm</c> (APs).</summary>
    public string? Strategy { get; set; }

    /// <summary>Upgrade devices that already run the version (else they are skipped).</summary>
    public bool? Force { get; set; }

    internal override JsonObject ToJson()
    {
        var body = base.ToJson();
        if (DeviceIds.Count > 0) body["device_ids"] = new JsonArray([.. DeviceIds.Select(id => (JsonNode)JsonValue.Create(id.ToString("D")))]);
        if (Models.Count > 0) body["models"] = new JsonArray([.. Models.Select(m => (JsonNode)JsonValue.Create(m))]);
        if (Strategy is not null) body["strategy"] = Strategy;
        if (Force is { } force) body["force"] = force;
        return body;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// A site firmware upgrade (<c>GET /api/v1/sites/{site_id}/devices/upgrade/{upgrade_id}</c>): its status
/// (<c>created</c>, <c>queued</c>, <c>downloading</c>, <c>downloaded</c>, <c>upgrading</c>, then <c>completed</c>,
/// <c>failed</c> or <c>cancelled</c>), strategy, target version and the devices per stage.
/// </summary>
public sealed record SiteUpgrade
{
    /// <summary>The upgrade's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The status of the whole upgrade (see the type's summary).</summary>
    public string? Status { get; init; }

    /// <summary><c>big_bang</c>, <c>serial</c>, <c>canary</c> or <c>rrm</c>.</summary>
    public string? Strategy { get; init; }

    /// <summary>The version the devices go to.</summary>
    public string? TargetVersion { get; init; }

    /// <summary>Whether devices already on the version are upgraded again.</summary>
    public bool? Force { get; init; }

    /// <summary>When the download starts, epoch seconds.</summary>
    public double? StartTime { get; init; }

    /// <summary>The devices per stage (in a single upgrade; a listing carries counts in <see cref="AdditionalProperties"/>).</summary>
    public UpgradeTargets? Targets { get; init; }

    /// <summary>Whether the upgrade has ended: <c>completed</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    [JsonIgnore]
    public bool IsFinished => Status is "completed" or "failed" or "cancelled";

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

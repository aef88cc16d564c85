using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// An org firmware upgrade (<c>GET /api/v1/orgs/{org_id}/devices/upgrade/{upgrade_id}</c>): one site upgrade per site.
/// </summary>
public sealed record OrgUpgrade
{
    /// <summary>The org upgrade's id.</summary>
    public Guid Id { get; init; }

    /// <summary><c>big_bang</c>, <c>serial</c>, <c>canary</c> or <c>rrm</c>.</summary>
    public string? Strategy { get; init; }

    /// <summary>The version the devices go to.</summary>
    public string? TargetVersion { get; init; }

    /// <summary>The site upgrades it started.</summary>
    public IReadOnlyList<OrgSiteUpgrade>? Upgrades { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

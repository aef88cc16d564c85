using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>One site's part of an <see cref="OrgUpgrade"/>.</summary>
public sealed record OrgSiteUpgrade
{
    /// <summary>The site.</summary>
    public Guid? SiteId { get; init; }

    /// <summary>The site upgrade: id, start time, status and targets.</summary>
    public SiteUpgrade? Upgrade { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

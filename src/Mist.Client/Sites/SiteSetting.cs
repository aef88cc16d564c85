using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// A site's settings (<c>/api/v1/sites/{site_id}/setting</c>): close to a hundred optional sections, kept whole
/// in <see cref="AdditionalProperties"/> apart from the identity fields.
/// </summary>
public sealed record SiteSetting
{
    /// <summary>The setting object's id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The site.</summary>
    public Guid? SiteId { get; init; }

    /// <summary>The org.</summary>
    public Guid? OrgId { get; init; }

    /// <summary>Creation time, epoch seconds.</summary>
    public double? CreatedTime { get; init; }

    /// <summary>Last modification time, epoch seconds.</summary>
    public double? ModifiedTime { get; init; }

    /// <summary>Every other setting, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

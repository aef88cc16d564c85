using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>A Mist site. Fields the SDK does not model are kept in <see cref="AdditionalProperties"/>.</summary>
public sealed record Site
{
    /// <summary>The site's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The org the site belongs to.</summary>
    public Guid? OrgId { get; init; }

    /// <summary>The site's name (the only required field).</summary>
    public string? Name { get; init; }

    /// <summary>The postal address.</summary>
    public string? Address { get; init; }

    /// <summary>Two-letter ISO country code, used for AP radio configuration.</summary>
    public string? CountryCode { get; init; }

    /// <summary>IANA time zone, such as <c>Europe/Paris</c>.</summary>
    public string? Timezone { get; init; }

    /// <summary>The site's location.</summary>
    public LatLng? Latlng { get; init; }

    /// <summary>Free-form notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Site groups the site is in.</summary>
    public IReadOnlyList<Guid>? SitegroupIds { get; init; }

    /// <summary>Creation time, epoch seconds.</summary>
    public double? CreatedTime { get; init; }

    /// <summary>Last modification time, epoch seconds.</summary>
    public double? ModifiedTime { get; init; }

    /// <summary>Fields this SDK does not model (templates, tzoffset, ...), kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

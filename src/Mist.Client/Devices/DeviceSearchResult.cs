using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>A device as org-wide search returns it (<c>/api/v1/orgs/{org_id}/devices/search</c>): live state, not configuration.</summary>
public sealed record DeviceSearchResult
{
    /// <summary>The MAC address.</summary>
    public string? Mac { get; init; }

    /// <summary>The hardware model.</summary>
    public string? Model { get; init; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; init; }

    /// <summary>The firmware version.</summary>
    public string? Version { get; init; }

    /// <summary>The device type, when the server says.</summary>
    public DeviceType? Type { get; init; }

    /// <summary>Host names the device has reported (an array in Mist's schema).</summary>
    public IReadOnlyList<string>? Hostname { get; init; }

    /// <summary>The last reported host name.</summary>
    public string? LastHostname { get; init; }

    /// <summary>The device's IP address.</summary>
    public string? Ip { get; init; }

    /// <summary>The external IP address.</summary>
    public string? ExtIp { get; init; }

    /// <summary>The site.</summary>
    public Guid? SiteId { get; init; }

    /// <summary>The org.</summary>
    public Guid? OrgId { get; init; }

    /// <summary>When the state was recorded, epoch seconds.</summary>
    public double? Timestamp { get; init; }

    /// <summary>Uptime in seconds.</summary>
    public double? Uptime { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

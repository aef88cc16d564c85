using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// A device's live state (<c>GET /api/v1/sites/{site_id}/stats/devices/{device_id}</c>, and the items of the site
/// and org stats lists). Type-specific fields (<c>radio_stat</c>, <c>fwupdate</c>, <c>port_stat</c>, ...) are kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record DeviceStats
{
    /// <summary>The device's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The MAC address, 12 lowercase hex digits.</summary>
    public string? Mac { get; init; }

    /// <summary>The device's name.</summary>
    public string? Name { get; init; }

    /// <summary>The hardware model.</summary>
    public string? Model { get; init; }

    /// <summary>The serial number.</summary>
    public string? Serial { get; init; }

    /// <summary><c>ap</c>, <c>switch</c> or <c>gateway</c>.</summary>
    public DeviceType? Type { get; init; }

    /// <summary><c>connected</c>, <c>disconnected</c>, <c>upgrading</c>, <c>restarting</c>, ...</summary>
    public string? Status { get; init; }

    /// <summary>The device's IP address.</summary>
    public string? Ip { get; init; }

    /// <summary>The firmware version it runs.</summary>
    public string? Version { get; init; }

    /// <summary>Seconds since it booted (0 when disconnected).</summary>
    public double? Uptime { get; init; }

    /// <summary>When the cloud last heard from it, epoch seconds.</summary>
    public double? LastSeen { get; init; }

    /// <summary>Wireless clients connected (APs).</summary>
    public int? NumClients { get; init; }

    /// <summary>The site.</summary>
    public Guid? SiteId { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// A device's configuration at its site (<c>/api/v1/sites/{site_id}/devices/{device_id}</c>): an AP, switch or
/// gateway. Type-specific configuration (radio, ports, networks, ...) is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record Device
{
    /// <summary>The device's id (<c>00000000-0000-0000-1000-&lt;mac&gt;</c>).</summary>
    public Guid Id { get; init; }

    /// <summary>The MAC address, 12 lowercase hex digits.</summary>
    public string? Mac { get; init; }

    /// <summary>The serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>The hardware model, such as <c>AP43</c>.</summary>
    public string? Model { get; init; }

    /// <summary><c>ap</c>, <c>switch</c> or <c>gateway</c>.</summary>
    public DeviceType? Type { get; init; }

    /// <summary>The device's name.</summary>
    public string? Name { get; init; }

    /// <summary>Free-form notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The site the device is assigned to.</summary>
    public Guid? SiteId { get; init; }

    /// <summary>The org.</summary>
    public Guid? OrgId { get; init; }

    /// <summary>The floor plan the device is placed on.</summary>
    public Guid? MapId { get; init; }

    /// <summary>Position on the map, in pixels.</summary>
    public double? X { get; init; }

    /// <summary>Position on the map, in pixels.</summary>
    public double? Y { get; init; }

    /// <summary>The device profile applied, if any.</summary>
    public Guid? DeviceprofileId { get; init; }

    /// <summary>Creation time, epoch seconds.</summary>
    public double? CreatedTime { get; init; }

    /// <summary>Last modification time, epoch seconds.</summary>
    public double? ModifiedTime { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

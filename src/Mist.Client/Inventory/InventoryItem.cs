using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>A device in the org's inventory (<c>GET /api/v1/orgs/{org_id}/inventory</c>), assigned to a site or not.</summary>
public sealed record InventoryItem
{
    /// <summary>The device's id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The MAC address.</summary>
    public string? Mac { get; init; }

    /// <summary>The serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>The hardware model.</summary>
    public string? Model { get; init; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; init; }

    /// <summary>The hardware revision.</summary>
    public string? HwRev { get; init; }

    /// <summary><c>ap</c>, <c>switch</c> or <c>gateway</c>.</summary>
    public DeviceType? Type { get; init; }

    /// <summary>The device's name.</summary>
    public string? Name { get; init; }

    /// <summary>The claim code the device was claimed with.</summary>
    public string? Magic { get; init; }

    /// <summary>The site, or <see langword="null"/> when unassigned.</summary>
    public Guid? SiteId { get; init; }

    /// <summary>The org.</summary>
    public Guid? OrgId { get; init; }

    /// <summary>The device profile applied, if any.</summary>
    public Guid? DeviceprofileId { get; init; }

    /// <summary>Whether the device is connected to the cloud.</summary>
    public bool? Connected { get; init; }

    /// <summary>Whether a switch or gateway is adopted.</summary>
    public bool? Adopted { get; init; }

    /// <summary>The virtual chassis MAC, for switch members.</summary>
    public string? VcMac { get; init; }

    /// <summary>Creation time, epoch seconds.</summary>
    public double? CreatedTime { get; init; }

    /// <summary>Last modification time, epoch seconds.</summary>
    public double? ModifiedTime { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

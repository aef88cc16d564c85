namespace Mist;

/// <summary>Filters for the inventory list. Unset filters are not sent.</summary>
public sealed class InventoryListOptions
{
    /// <summary>
    /// <c>ap</c>, <c>switch</c>, <c>gateway</c> or <see cref="DeviceType.All"/>. Unset takes the server's default, which
    /// is every type in API 2509 but only APs since API 2602: pass <see cref="DeviceType.All"/> to be sure of every device.
    /// </summary>
    public DeviceType? Type { get; set; }

    /// <summary>A hardware model.</summary>
    public string? Model { get; set; }

    /// <summary>A MAC address in any notation.</summary>
    public string? Mac { get; set; }

    /// <summary>A serial number.</summary>
    public string? Serial { get; set; }

    /// <summary>Only devices assigned to this site.</summary>
    public Guid? SiteId { get; set; }

    /// <summary>Whether unassigned devices are included (the server's default is true).</summary>
    public bool? Unassigned { get; set; }

    /// <summary>Whether virtual chassis members are shown (the server's default is false).</summary>
    public bool? VirtualChassis { get; set; }
}

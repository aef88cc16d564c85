namespace Mist;

/// <summary>Filters for the inventory list. Unset filters are not sent, except <see cref="Type"/>.</summary>
public sealed class InventoryListOptions
{
    /// <summary>
    /// <c>ap</c>, <c>switch</c>, <c>gateway</c> or <see cref="DeviceType.All"/>. Unset lists every type: the client then
    /// sends <c>type=all</c>, because the server's own default changed from every type (API 2509) to APs only (API 2602),
    /// and a listing that silently dropped switches and gateways would look complete.
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

namespace Mist;

/// <summary>Filters for a site's device list.</summary>
public sealed class DeviceListOptions
{
    /// <summary>
    /// The device type. The server's default is <c>ap</c>; use <see cref="DeviceType.All"/> for every device.
    /// Leave <see langword="null"/> to take the server's default.
    /// </summary>
    public DeviceType? Type { get; set; }

    /// <summary>Only devices with this name.</summary>
    public string? Name { get; set; }
}

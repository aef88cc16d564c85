namespace Mist;

/// <summary>Filters for the org-wide device search. Unset filters are not sent.</summary>
public sealed class DeviceSearchOptions
{
    /// <summary><c>ap</c> (the server's default), <c>switch</c> or <c>gateway</c>; the search does not accept <c>all</c>.</summary>
    public DeviceType? Type { get; set; }

    /// <summary>A MAC address in any notation.</summary>
    public string? Mac { get; set; }

    /// <summary>A hardware model, such as <c>AP43</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Only devices of this site.</summary>
    public Guid? SiteId { get; set; }

    /// <summary>A host name (the device's name); the server matches it partially.</summary>
    public string? Hostname { get; set; }

    /// <summary>A firmware version.</summary>
    public string? Version { get; set; }
}

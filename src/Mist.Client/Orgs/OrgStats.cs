using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>An org's counters (<c>GET /api/v1/orgs/{org_id}/stats</c>).</summary>
public sealed record OrgStats
{
    /// <summary>The org's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The org's name.</summary>
    public string? Name { get; init; }

    /// <summary>Number of sites.</summary>
    public int? NumSites { get; init; }

    /// <summary>Number of devices assigned to sites.</summary>
    public int? NumDevices { get; init; }

    /// <summary>Connected devices.</summary>
    public int? NumDevicesConnected { get; init; }

    /// <summary>Disconnected devices.</summary>
    public int? NumDevicesDisconnected { get; init; }

    /// <summary>Devices in the inventory.</summary>
    public int? NumInventory { get; init; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

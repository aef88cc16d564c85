using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>A device named in a claim result.</summary>
public sealed record ClaimedDevice
{
    /// <summary>The MAC address.</summary>
    public string? Mac { get; init; }

    /// <summary>The claim code without dashes.</summary>
    public string? Magic { get; init; }

    /// <summary>The hardware model.</summary>
    public string? Model { get; init; }

    /// <summary>The serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>The device type.</summary>
    public DeviceType? Type { get; init; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

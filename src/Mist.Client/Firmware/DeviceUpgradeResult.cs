using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>The answer to a one-device upgrade (<c>POST /api/v1/sites/{site_id}/devices/{device_id}/upgrade</c>).</summary>
public sealed record DeviceUpgradeResult
{
    /// <summary><c>scheduled</c>, <c>starting</c>, <c>inprogress</c>, <c>success</c> or <c>error</c>.</summary>
    public string? Status { get; init; }

    /// <summary>When Mist answered, epoch seconds.</summary>
    public double? Timestamp { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

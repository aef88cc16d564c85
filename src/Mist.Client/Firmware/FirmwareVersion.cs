using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// A firmware version Mist offers for a model (an item of <c>GET /api/v1/orgs/{org_id}/devices/versions</c>):
/// <c>{"model", "version", "tag"}</c>.
/// </summary>
public sealed record FirmwareVersion
{
    /// <summary>The device model, as in the device stats (<c>AP43</c>).</summary>
    public string? Model { get; init; }

    /// <summary>The firmware version (<c>0.14.29313</c>, <c>22.4R3-S2.11</c>).</summary>
    public string? Version { get; init; }

    /// <summary><c>stable</c>, <c>beta</c>, <c>alpha</c>, or empty (likely a development build).</summary>
    public string? Tag { get; init; }

    /// <summary>Whether this is the version Mist recommends for the model: the one tagged <c>stable</c>.</summary>
    [JsonIgnore]
    public bool IsRecommended => string.Equals(Tag, "stable", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

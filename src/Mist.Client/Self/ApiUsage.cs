using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>The server's count of this token's calls in the current hour (<c>GET /api/v1/self/usage</c>).</summary>
public sealed record ApiUsage
{
    /// <summary>Calls allowed per hour (5,000).</summary>
    public int? RequestLimit { get; init; }

    /// <summary>Calls made in the current hour.</summary>
    public int? Requests { get; init; }

    /// <summary>Seconds, as the server reports them (undocumented: time in or left of the window).</summary>
    public double? Seconds { get; init; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>A Mist organisation.</summary>
public sealed record Org
{
    /// <summary>The org's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The org's name.</summary>
    public string? Name { get; init; }

    /// <summary>The MSP the org belongs to, if any.</summary>
    public Guid? MspId { get; init; }

    /// <summary>The MSP's name.</summary>
    public string? MspName { get; init; }

    /// <summary>Whether Mist support may access the org.</summary>
    public bool? AllowMist { get; init; }

    /// <summary>Admin session expiry in minutes.</summary>
    public int? SessionExpiry { get; init; }

    /// <summary>Org groups the org is in.</summary>
    public IReadOnlyList<Guid>? OrggroupIds { get; init; }

    /// <summary>Creation time, epoch seconds.</summary>
    public double? CreatedTime { get; init; }

    /// <summary>Last modification time, epoch seconds.</summary>
    public double? ModifiedTime { get; init; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

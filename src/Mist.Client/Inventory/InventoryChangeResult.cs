using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// What an assign, unassign or delete did (<c>PUT /api/v1/orgs/{org_id}/inventory</c>). A 200 can still carry
/// per-device errors: check <see cref="Error"/> or <see cref="Outcomes"/>.
/// </summary>
public sealed record InventoryChangeResult
{
    /// <summary>The operation: <c>assign</c>, <c>unassign</c> or <c>delete</c>.</summary>
    public string? Op { get; init; }

    /// <summary>Devices (MACs, or serials for delete) the operation succeeded for.</summary>
    public IReadOnlyList<string> Success { get; init => field = value ?? []; } = [];

    /// <summary>Devices it failed for.</summary>
    public IReadOnlyList<string> Error { get; init => field = value ?? []; } = [];

    /// <summary>Why each device in <see cref="Error"/> failed, index for index.</summary>
    public IReadOnlyList<string> Reason { get; init => field = value ?? []; } = [];

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Whether every device succeeded.</summary>
    [JsonIgnore]
    public bool IsComplete => Error.Count == 0;

    /// <summary>One outcome per device: successes, then failures with their reasons.</summary>
    [JsonIgnore]
    public IReadOnlyList<InventoryChangeOutcome> Outcomes =>
    [
        .. Success.Select(id => new InventoryChangeOutcome(id, true, null)),
        .. Error.Select((id, i) => new InventoryChangeOutcome(id, false, i < Reason.Count ? Reason[i] : null)),
    ];
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// What a claim did (<c>POST /api/v1/orgs/{org_id}/inventory</c>): codes added, already in the org
/// (duplicated) or refused (error, with the reason at the same index). See <see cref="Outcomes"/> for one entry per code.
/// </summary>
public sealed record ClaimResult
{
    /// <summary>Codes newly claimed.</summary>
    public IReadOnlyList<string> Added { get; init => field = value ?? []; } = [];

    /// <summary>Codes already in this org.</summary>
    public IReadOnlyList<string> Duplicated { get; init => field = value ?? []; } = [];

    /// <summary>Codes refused.</summary>
    public IReadOnlyList<string> Error { get; init => field = value ?? []; } = [];

    /// <summary>Why each code in <see cref="Error"/> was refused, index for index.</summary>
    public IReadOnlyList<string> Reason { get; init => field = value ?? []; } = [];

    /// <summary>The devices newly claimed.</summary>
    public IReadOnlyList<ClaimedDevice> InventoryAdded { get; init => field = value ?? []; } = [];

    /// <summary>The devices that were already in this org.</summary>
    public IReadOnlyList<ClaimedDevice> InventoryDuplicated { get; init => field = value ?? []; } = [];

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>One outcome per code, in the order the server listed them: added, duplicated, then errors.</summary>
    [JsonIgnore]
    public IReadOnlyList<ClaimOutcome> Outcomes =>
    [
        .. Added.Select(code => new ClaimOutcome(code, ClaimStatus.Added, null, Find(InventoryAdded, code))),
        .. Duplicated.Select(code => new ClaimOutcome(code, ClaimStatus.Duplicated, null, Find(InventoryDuplicated, code))),
        .. Error.Select((code, i) => new ClaimOutcome(code, ClaimStatus.Error, i < Reason.Count ? Reason[i] : null, null)),
    ];

    // Mist reports the device's `magic` as the claim code without dashes.
    private static ClaimedDevice? Find(IReadOnlyList<ClaimedDevice> devices, string code)
    {
        var magic = code.Replace("-", string.Empty, StringComparison.Ordinal);
        return devices.FirstOrDefault(d => string.Equals(d.Magic, magic, StringComparison.OrdinalIgnoreCase));
    }
}

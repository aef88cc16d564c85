namespace Mist.Simulator.Wire;

/// <summary><c>inventory_update</c>, the body of <c>PUT /orgs/{org_id}/inventory</c>.</summary>
internal sealed record InventoryUpdateRequest
{
    public string? Op { get; init; }
    public IReadOnlyList<string>? Macs { get; init; }
    public IReadOnlyList<string>? Serials { get; init; }
    public string? SiteId { get; init; }
    public bool NoReassign { get; init; }
    public bool Managed { get; init; }
    public bool DisableAutoConfig { get; init; }
}

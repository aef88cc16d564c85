namespace Mist.Simulator;

/// <summary>A seeded device; <see cref="SiteId"/> is null when it is in the inventory but on no site.</summary>
public sealed record SeededDevice(
    string Id, string Mac, string Serial, string Name, string Type, string Model, string OrgId, string? SiteId, string ClaimCode);

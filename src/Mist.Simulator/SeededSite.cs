namespace Mist.Simulator;

/// <summary>A seeded site.</summary>
public sealed record SeededSite(string Id, string OrgId, string Name);

namespace Mist.Simulator;

/// <summary>A seeded org.</summary>
public sealed record SeededOrg(string Id, string Name, int SiteCount, int DeviceCount);

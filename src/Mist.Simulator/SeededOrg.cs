namespace Mist.Simulator;

/// <summary>A seeded org.</summary>
/// <param name="Id">The org id (a UUID), as in <c>/api/v1/orgs/{org_id}</c>.</param>
/// <param name="Name">The org's name.</param>
/// <param name="SiteCount">How many sites the seed created in the org.</param>
/// <param name="DeviceCount">How many devices the org's inventory holds: on its sites plus unassigned ones.</param>
public sealed record SeededOrg(string Id, string Name, int SiteCount, int DeviceCount);

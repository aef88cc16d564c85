namespace Mist.Simulator;

/// <summary>A seeded site.</summary>
/// <param name="Id">The site id (a UUID), as in <c>/api/v1/sites/{site_id}</c>.</param>
/// <param name="OrgId">The id of the org the site belongs to.</param>
/// <param name="Name">The site's name, unique within its org.</param>
public sealed record SeededSite(string Id, string OrgId, string Name);

namespace Mist;

/// <summary>The body of <c>GET /api/v1/orgs/{org_id}/devices</c>: every device's MAC and name, in one response.</summary>
public sealed record OrgDeviceNames
{
    /// <summary>The devices.</summary>
    public IReadOnlyList<OrgDeviceName> Results { get; init => field = value ?? []; } = [];
}

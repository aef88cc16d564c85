namespace Mist;

/// <summary>Organisations. Get one from <see cref="MistClient.Orgs"/>; to find the orgs a token reaches use <see cref="SelfClient.ListOrgsAsync"/>.</summary>
public partial class OrgsClient
{
    private readonly MistPipeline _pipeline = null!;

    /// <summary>For mocking.</summary>
    protected OrgsClient()
    {
    }

    internal OrgsClient(MistPipeline pipeline) => _pipeline = pipeline;

    /// <summary>An org (<c>GET /api/v1/orgs/{org_id}</c>).</summary>
    public virtual Task<Org> GetAsync(Guid orgId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetOrg.Request(orgId), MistJsonContext.Default.Org, cancellationToken);

    /// <summary>An org's counters: sites, devices, connected devices, inventory (<c>GET /api/v1/orgs/{org_id}/stats</c>).</summary>
    public virtual Task<OrgStats> GetStatsAsync(Guid orgId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetOrgStats.Request(orgId), MistJsonContext.Default.OrgStats, cancellationToken);

    /// <summary>The orgs of an MSP (<c>GET /api/v1/msps/{msp_id}/orgs</c>; the API does not page this list).</summary>
    public virtual async Task<IReadOnlyList<Org>> ListMspOrgsAsync(Guid mspId, CancellationToken cancellationToken = default) =>
        await _pipeline.SendAsync(MistOperations.ListMspOrgs.Request(mspId), MistJsonContext.Default.ListOrg, cancellationToken).ConfigureAwait(false);
}

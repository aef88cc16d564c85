namespace Mist;

/// <summary>The token's identity, its API usage and the orgs it reaches. Get one from <see cref="MistClient.Self"/>.</summary>
public class SelfClient
{
    private static readonly string[] s_roleStrength = ["admin", "write", "helpdesk", "installer", "read"];
    private readonly MistPipeline _pipeline = null!;

    /// <summary>For mocking.</summary>
    protected SelfClient()
    {
    }

    internal SelfClient(MistPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Who the token belongs to, with its privileges (<c>GET /api/v1/self</c>).</summary>
    public virtual Task<SelfInfo> GetAsync(CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetSelf.Request(), MistJsonContext.Default.SelfInfo, cancellationToken);

    /// <summary>The server's count of this token's calls this hour (<c>GET /api/v1/self/usage</c>).</summary>
    public virtual Task<ApiUsage> GetUsageAsync(CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetSelfApiUsage.Request(), MistJsonContext.Default.ApiUsage, cancellationToken);

    /// <summary>
    /// The orgs the token reaches. Mist has no "list orgs" call: they come from the privileges of
    /// <c>GET /api/v1/self</c> (org and site scopes) and, for each MSP scope, <c>GET /api/v1/msps/{msp_id}/orgs</c>.
    /// Each org appears once, with the strongest role the token holds in it, ordered by name.
    /// </summary>
    public virtual async Task<IReadOnlyList<ReachableOrg>> ListOrgsAsync(CancellationToken cancellationToken = default)
    {
        var self = await GetAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<ReachableOrg>();
        foreach (var privilege in self.Privileges)
        {
            switch (privilege.Scope)
            {
                case "org" when privilege.OrgId is { } orgId:
                    found.Add(new ReachableOrg(orgId, privilege.Name ?? privilege.OrgName, privilege.Role, "org", privilege.MspId));
                    break;
                case "site" or "sitegroup" when privilege.OrgId is { } orgId:
                    found.Add(new ReachableOrg(orgId, privilege.OrgName, privilege.Role, "site", privilege.MspId));
                    break;
                case "msp" when privilege.MspId is { } mspId:
                    var orgs = await _pipeline.SendAsync(MistOperations.ListMspOrgs.Request(mspId), MistJsonContext.Default.ListOrg, cancellationToken).ConfigureAwait(false);
                    found.AddRange(orgs.Select(o => new ReachableOrg(o.Id, o.Name, privilege.Role, "msp", mspId)));
                    break;
            }
        }

        return
        [
            .. found
                .GroupBy(o => o.Id)
                .Select(Strongest)
                .OrderBy(o => o.Name ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .ThenBy(o => o.Id),
        ];
    }

    // An org reached several ways: keep the widest scope (org over msp over site) and the strongest role.
    private static ReachableOrg Strongest(IEnumerable<ReachableOrg> candidates)
    {
        var list = candidates.ToList();
        var best = list.OrderBy(o => o.Scope switch { "org" => 0, "msp" => 1, _ => 2 }).First();
        var role = list.Select(o => o.Role).OrderBy(r => Array.IndexOf(s_roleStrength, r) is var i && i < 0 ? int.MaxValue : i).First();
        return best with { Role = role, Name = best.Name ?? list.Select(o => o.Name).FirstOrDefault(n => n is not null) };
    }
}

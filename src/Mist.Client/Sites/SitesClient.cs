namespace Mist;

/// <summary>Sites and their settings. Get one from <see cref="MistClient.Sites"/>.</summary>
public partial class SitesClient
{
    private readonly MistPipeline _pipeline = null!;

    /// <summary>For mocking.</summary>
    protected SitesClient()
    {
    }

    internal SitesClient(MistPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Every site of an org, fetched 1,000 per page as enumerated (<c>GET /api/v1/orgs/{org_id}/sites</c>).</summary>
    public virtual AsyncPageable<Site> ListAsync(Guid orgId) =>
        Pagers.PageNumber(_pipeline, () => MistOperations.ListOrgSites.Request(orgId), MistJsonContext.Default.ListSite);

    /// <summary>
    /// The sites whose name is exactly <paramref name="name"/> (case-sensitive), found with the site search and then
    /// read in full. Mist allows two sites with one name, so more than one may come back.
    /// </summary>
    public virtual async Task<IReadOnlyList<Site>> FindByNameAsync(Guid orgId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        MistLimits.CheckField("name", name, nameof(name));
        var search = Pagers.NextLink(_pipeline, () => MistOperations.SearchOrgSites.Request(orgId).AddQuery("name", name), MistJsonContext.Default.SearchEnvelopeSite);
        var ids = new List<Guid>();
        await foreach (var hit in search.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Search items carry both `id` and `site_id`; the server may match names loosely, so compare here.
            if (string.Equals(hit.Name, name, StringComparison.Ordinal) && !ids.Contains(hit.Id))
            {
                ids.Add(hit.Id);
            }
        }

        var sites = new List<Site>(ids.Count);
        foreach (var id in ids)
        {
            sites.Add(await GetAsync(id, cancellationToken).ConfigureAwait(false));
        }

        return sites;
    }

    /// <summary>A site (<c>GET /api/v1/sites/{site_id}</c>).</summary>
    public virtual Task<Site> GetAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetSiteInfo.Request(siteId), MistJsonContext.Default.Site, cancellationToken);

    /// <summary>
    /// Creates a site (<c>POST /api/v1/orgs/{org_id}/sites</c>; Mist answers 200 with the site). Not retried after
    /// a failure the server may have acted on, so a site is never created twice by this call.
    /// </summary>
    public virtual Task<Site> CreateAsync(Guid orgId, SiteCreateOptions site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        return _pipeline.SendAsync(MistOperations.CreateOrgSite.Request(orgId).WithJson(site), MistJsonContext.Default.Site, cancellationToken);
    }

    /// <summary>
    /// Creates a site, and never two. When a create fails in a way that leaves it unknown whether Mist acted (a 5xx,
    /// a timeout, a connection lost after the request was sent), the site is looked up by name before another try,
    /// and the one found is returned. Meant for a name no site has yet: where duplicates exist, the newest site of
    /// that name is taken for the one created.
    /// </summary>
    /// <exception cref="MistException">Every try failed and no site of that name exists; the last failure is thrown.</exception>
    public virtual async Task<Site> CreateOnceAsync(Guid orgId, SiteCreateOptions site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        MistException? failure = null;
        for (var attempt = 0; attempt < MaxCreateAttempts; attempt++)
        {
            if (failure is not null && await FindNewestAsync(orgId, site.Name, cancellationToken).ConfigureAwait(false) is { } created)
            {
                return created;
            }

            try
            {
                return await CreateAsync(orgId, site, cancellationToken).ConfigureAwait(false);
            }
            catch (MistException e) when (e is MistServerException or MistTimeoutException or MistConnectionException)
            {
                failure = e;
            }
        }

        return await FindNewestAsync(orgId, site.Name, cancellationToken).ConfigureAwait(false) ?? throw failure!;
    }

    /// <summary>Changes the fields set in <paramref name="changes"/> and no others (<c>PUT /api/v1/sites/{site_id}</c>).</summary>
    /// <exception cref="ArgumentException">No field was set.</exception>
    public virtual Task<Site> UpdateAsync(Guid siteId, SiteUpdateOptions changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        RequireChanges(changes);
        return _pipeline.SendAsync(MistOperations.UpdateSiteInfo.Request(siteId).WithJson(changes), MistJsonContext.Default.Site, cancellationToken);
    }

    /// <summary>Deletes a site (<c>DELETE /api/v1/sites/{site_id}</c>; Mist answers 200 with no body). Its devices become unassigned.</summary>
    public virtual Task DeleteAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        _pipeline.SendNoContentAsync(MistOperations.DeleteSite.Request(siteId), cancellationToken);

    /// <summary>A site's settings (<c>GET /api/v1/sites/{site_id}/setting</c>).</summary>
    public virtual Task<SiteSetting> GetSettingAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetSiteSetting.Request(siteId), MistJsonContext.Default.SiteSetting, cancellationToken);

    /// <summary>Changes the setting sections set in <paramref name="changes"/> (<c>PUT /api/v1/sites/{site_id}/setting</c>).</summary>
    /// <exception cref="ArgumentException">No section was set.</exception>
    public virtual Task<SiteSetting> UpdateSettingAsync(Guid siteId, SiteSettingUpdateOptions changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        RequireChanges(changes);
        return _pipeline.SendAsync(MistOperations.UpdateSiteSettings.Request(siteId).WithJson(changes), MistJsonContext.Default.SiteSetting, cancellationToken);
    }

    // Each try already carries the pipeline's own retries; three ambiguous failures in a row are an outage.
    private const int MaxCreateAttempts = 3;

    private async Task<Site?> FindNewestAsync(Guid orgId, string name, CancellationToken cancellationToken)
    {
        var found = await FindByNameAsync(orgId, name, cancellationToken).ConfigureAwait(false);
        return found.OrderByDescending(s => s.CreatedTime ?? 0).FirstOrDefault();
    }

    internal static void RequireChanges(MistFieldSet changes)
    {
        if (changes.IsEmpty)
        {
            throw new ArgumentException("No field to change was set; nothing would be sent.", nameof(changes));
        }
    }
}

namespace Mist;

public partial class SitesClient
{
    /// <summary>
    /// The WLANs that reach a site: its own and those of the org WLAN templates applied to it (through the whole
    /// org, the site or one of its site groups, less their exceptions), as one unpaged list
    /// (<c>GET /api/v1/sites/{site_id}/wlans/derived</c>, listSiteWlansDerived). Site WLANs carry <c>site_id</c>,
    /// template WLANs <c>template_id</c>.
    /// </summary>
    /// <param name="siteId">The site.</param>
    /// <param name="resolveSiteVariables">Whether Mist replaces <c>{{site_vars}}</c> in the fields with the site's values (<c>resolve=true</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MistNotFoundException">No such site.</exception>
    public virtual async Task<IReadOnlyList<Models.Wlan>> ListDerivedWlansAsync(Guid siteId, bool resolveSiteVariables = false, CancellationToken cancellationToken = default)
    {
        var request = MistOperations.ListSiteWlansDerived.Request(siteId);
        if (resolveSiteVariables)
        {
            request.AddQuery("resolve", "true");
        }

        return await _pipeline.SendAsync(request, WlanJsonContext.Default.ListWlan, cancellationToken).ConfigureAwait(false);
    }
}

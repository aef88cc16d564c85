namespace Mist;

/// <summary>
/// Turns what a person or an agent types into Mist objects: an org by id or name (or none, when the token reaches
/// exactly one), a site by id or name, a device by id, MAC, serial or name. Every name follows
/// <see cref="MistNameMatch"/>'s rule (exact, then ignoring case when exactly one fits). The CLI and the MCP server
/// both resolve through this class, so a name finds the same object in both. Get one from
/// <see cref="MistClient.Lookup"/>.
/// </summary>
/// <remarks>
/// A lookup answers <see cref="MistMatch{T}"/> and throws only for a failed request (the <see cref="MistException"/>
/// family) or an argument that cannot be looked up at all. Every answer is checked on the client, so a server that
/// ignores a filter gives "not found", never another object.
/// </remarks>
public class LookupClient
{
    private readonly MistClient _client = null!;

    /// <summary>For mocking.</summary>
    protected LookupClient()
    {
    }

    internal LookupClient(MistClient client) => _client = client;

    /// <summary>
    /// The org named by <paramref name="org"/>: an id costs no request (<see cref="MistMatch{T}.Value"/> is then
    /// <see langword="null"/>); a name, or nothing, reads the orgs the token reaches (<see cref="SelfClient.ListOrgsAsync"/>:
    /// <c>GET /api/v1/self</c>, plus <c>GET /api/v1/msps/{msp_id}/orgs</c> per MSP). With nothing named, the only org
    /// is found; several are <see cref="MistMatchOutcome.Ambiguous"/> with all of them as candidates; none is
    /// <see cref="MistMatchOutcome.NotFound"/>.
    /// </summary>
    /// <exception cref="MistException">Reading the orgs failed.</exception>
    public virtual async Task<MistMatch<ReachableOrg>> OrgAsync(string? org, CancellationToken cancellationToken = default)
    {
        var text = org?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var id))
        {
            return MistMatch<ReachableOrg>.Found(text, id, null);
        }

        var orgs = await _client.Self.ListOrgsAsync(cancellationToken).ConfigureAwait(false);
        return MatchOrg(text, orgs);
    }

    /// <summary>
    /// <see cref="OrgAsync"/>'s rule over orgs already read (for a caller that keeps them, such as a server): an id is
    /// found as is (with its entry of <paramref name="reachable"/> as the value when there is one), nothing named
    /// finds the only org, and a name follows <see cref="MistNameMatch.ByName{T}"/>.
    /// </summary>
    public static MistMatch<ReachableOrg> MatchOrg(string? org, IReadOnlyList<ReachableOrg> reachable)
    {
        ArgumentNullException.ThrowIfNull(reachable);
        var text = org?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var id))
        {
            return MistMatch<ReachableOrg>.Found(text, id, reachable.FirstOrDefault(o => o.Id == id));
        }

        if (text.Length == 0)
        {
            return reachable.Count switch
            {
                1 => MistMatch<ReachableOrg>.Found(text, reachable[0].Id, reachable[0]),
                0 => MistMatch<ReachableOrg>.NotFound(text),
                _ => MistMatch<ReachableOrg>.Ambiguous(text, reachable),
            };
        }

        return MistNameMatch.ByName(reachable, text, o => o.Id, o => o.Name);
    }

    /// <summary>
    /// The site named by <paramref name="site"/>. An id costs one request (<c>GET /api/v1/sites/{site_id}</c>); a site
    /// of another org than <paramref name="orgId"/> (when given) is not found. A name costs a search
    /// (<c>GET /api/v1/orgs/{org_id}/sites/search?name=</c>) plus one read per exact match; when no name matches
    /// exactly, one listing of the org's sites (<c>GET /api/v1/orgs/{org_id}/sites</c>, every page) finds a unique
    /// case-insensitive match, or the nearest names.
    /// </summary>
    /// <param name="orgId">The org to look in: needed for a name; for an id, checked when given.</param>
    /// <param name="site">A site id or name.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <exception cref="ArgumentException"><paramref name="site"/> is blank or longer than Mist accepts, or a name is given without <paramref name="orgId"/>.</exception>
    /// <exception cref="MistException">A request failed (other than a 404 for a site id, which is "not found").</exception>
    public virtual async Task<MistMatch<Site>> SiteAsync(Guid? orgId, string site, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        var text = site.Trim();
        if (Guid.TryParse(text, out var id))
        {
            Site found;
            try
            {
                found = await _client.Sites.GetAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (MistNotFoundException)
            {
                return MistMatch<Site>.NotFound(text);
            }

            var otherOrg = orgId is { } expected && found.OrgId is { } actual && actual != expected;
            return found.Id == id && !otherOrg ? MistMatch<Site>.Found(text, id, found) : MistMatch<Site>.NotFound(text);
        }

        if (orgId is not { } org)
        {
            throw new ArgumentException("A site name is looked up in an org: give the org id.", nameof(orgId));
        }

        var exact = await _client.Sites.FindByNameAsync(org, text, cancellationToken).ConfigureAwait(false);
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? MistMatch<Site>.Found(text, exact[0].Id, exact[0]) : MistMatch<Site>.Ambiguous(text, exact);
        }

        var sites = new List<Site>();
        await foreach (var each in _client.Sites.ListAsync(org).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            sites.Add(each);
        }

        return MistNameMatch.ByName(sites, text, s => s.Id, s => s.Name);
    }

    /// <summary>
    /// The device named by <paramref name="device"/> in the org's inventory: an id, a MAC (any notation), a serial or
    /// a name, as <see cref="DevicesClient.FindAsync"/> finds them (its requests). When none matches, the org's
    /// device names (already read for the name, <c>GET /api/v1/orgs/{org_id}/devices</c>) find a unique
    /// case-insensitive name, or the nearest names. <see cref="MistMatch{T}.Id"/> is the device id (from its MAC
    /// when the inventory leaves the id out).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="device"/> is blank.</exception>
    /// <exception cref="MistException">A request failed.</exception>
    public virtual async Task<MistMatch<InventoryItem>> DeviceAsync(Guid orgId, string device, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(device);
        var text = device.Trim();
        var (found, names) = await _client.Devices.FindWithNamesAsync(orgId, text, cancellationToken).ConfigureAwait(false);
        var ignoredCase = false;
        if (found.Count == 0 && names is not null)
        {
            var named = names.Where(n => string.Equals(n.Name, text, StringComparison.OrdinalIgnoreCase)).Select(n => n.Name!).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count != 1)
            {
                return MistMatch<InventoryItem>.NotFound(text, MistNameMatch.Nearest(names.Select(n => n.Name), text));
            }

            found = await _client.Devices.ByNameAsync(orgId, names, named[0], cancellationToken).ConfigureAwait(false);
            ignoredCase = true;
        }

        return found.Count switch
        {
            1 when DeviceId(found[0]) is { } id => MistMatch<InventoryItem>.Found(text, id, found[0], ignoredCase),
            0 or 1 => MistMatch<InventoryItem>.NotFound(text),
            _ => MistMatch<InventoryItem>.Ambiguous(text, found),
        };
    }

    /// <summary>A device's id: the inventory's, or the one Mist derives from its MAC; <see langword="null"/> with neither.</summary>
    public static Guid? DeviceId(InventoryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Id ?? (item.Mac is { } mac ? MacAddress.ToDeviceId(mac) : null);
    }
}

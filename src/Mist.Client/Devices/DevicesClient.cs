namespace Mist;

/// <summary>
/// Devices: configuration at their site, org-wide search and lookup, and actions (restart, locate).
/// Get one from <see cref="MistClient.Devices"/>. Mist has no org-level device by id and no device delete:
/// see <see cref="InventoryClient"/> to unassign or release a device.
/// </summary>
public class DevicesClient
{
    private readonly MistPipeline _pipeline = null!;

    /// <summary>For mocking.</summary>
    protected DevicesClient()
    {
    }

    internal DevicesClient(MistPipeline pipeline) => _pipeline = pipeline;

    /// <summary>
    /// A site's devices (<c>GET /api/v1/sites/{site_id}/devices</c>). The server lists only APs unless asked
    /// otherwise: pass <see cref="DeviceType.All"/> for every device.
    /// </summary>
    /// <remarks>Each item is checked against the request: a device of another site, or of another type than asked, is left out.</remarks>
    public virtual AsyncPageable<Device> ListAsync(Guid siteId, DeviceListOptions? options = null) =>
        new VerifiedPageable<Device>(
            Pagers.PageNumber(
                _pipeline,
                () => MistOperations.ListSiteDevices.Request(siteId).AddQuery("type", options?.Type?.Value).AddQuery("name", options?.Name),
                MistJsonContext.Default.ListDevice),
            d => d.SiteId == siteId && TypeFits(options?.Type, d.Type));

    /// <summary>
    /// Searches the org's devices (<c>GET /api/v1/orgs/{org_id}/devices/search</c>), following the <c>next</c>
    /// links. The server searches APs unless <see cref="DeviceSearchOptions.Type"/> says otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The MAC filter is not a MAC address.</exception>
    public virtual AsyncPageable<DeviceSearchResult> SearchAsync(Guid orgId, DeviceSearchOptions? options = null)
    {
        var mac = options?.Mac is { } m ? MacAddress.Normalize(m) : null;
        return new VerifiedPageable<DeviceSearchResult>(
            Pagers.NextLink(
                _pipeline,
                () => MistOperations.SearchOrgDevices.Request(orgId)
                    .AddQuery("type", options?.Type?.Value)
                    .AddQuery("mac", mac)
                    .AddQuery("model", options?.Model)
                    .AddQuery("site_id", options?.SiteId?.ToString("D"))
                    .AddQuery("hostname", options?.Hostname)
                    .AddQuery("version", options?.Version),
                MistJsonContext.Default.SearchEnvelopeDeviceSearchResult),
            d => (mac is null || MacAddress.SameMac(d.Mac, mac)) && (options?.SiteId is not { } site || d.SiteId == site));
    }

    /// <summary>Every device's MAC and name across the org, in one call (<c>GET /api/v1/orgs/{org_id}/devices</c>).</summary>
    public virtual async Task<IReadOnlyList<OrgDeviceName>> ListNamesAsync(Guid orgId, CancellationToken cancellationToken = default) =>
        (await _pipeline.SendAsync(MistOperations.ListOrgDevices.Request(orgId), MistJsonContext.Default.OrgDeviceNames, cancellationToken).ConfigureAwait(false)).Results;

    /// <summary>A device's configuration (<c>GET /api/v1/sites/{site_id}/devices/{device_id}</c>).</summary>
    public virtual Task<Device> GetAsync(Guid siteId, Guid deviceId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetSiteDevice.Request(siteId, deviceId), MistJsonContext.Default.Device, cancellationToken);

    /// <summary>Changes the fields set in <paramref name="changes"/> and no others (<c>PUT /api/v1/sites/{site_id}/devices/{device_id}</c>).</summary>
    /// <exception cref="ArgumentException">No field was set.</exception>
    public virtual Task<Device> UpdateAsync(Guid siteId, Guid deviceId, DeviceUpdateOptions changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        SitesClient.RequireChanges(changes);
        return _pipeline.SendAsync(MistOperations.UpdateSiteDevice.Request(siteId, deviceId).WithJson(changes), MistJsonContext.Default.Device, cancellationToken);
    }

    /// <summary>
    /// Finds devices in the org's inventory by id, MAC (any notation), serial or exact name, tried in that order;
    /// the first kind that matches wins. Every answer is checked on the client (its MAC or serial is the one asked
    /// for), so a server that ignores the filter gives "not found", never another device. Returns every match: none (not found), one, or several (an ambiguous name).
    /// A device id takes one call (none if it embeds no MAC). Otherwise each kind tried takes one inventory call,
    /// and a name then takes one call for the org's name list plus one per match.
    /// </summary>
    /// <exception cref="ArgumentException">The query is empty.</exception>
    public virtual async Task<IReadOnlyList<InventoryItem>> FindAsync(Guid orgId, string query, CancellationToken cancellationToken = default) =>
        (await FindWithNamesAsync(orgId, query, cancellationToken).ConfigureAwait(false)).Matches;

    /// <summary>
    /// <see cref="FindAsync"/>, also giving the org's device names when it read them (a query tried as a name), so a
    /// lookup that falls back to a case-insensitive name does not read them twice.
    /// </summary>
    internal async Task<(IReadOnlyList<InventoryItem> Matches, IReadOnlyList<OrgDeviceName>? Names)> FindWithNamesAsync(Guid orgId, string query, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var text = query.Trim();
        if (Guid.TryParse(text, out var id))
        {
            // Device ids embed the MAC; look it up by MAC and keep the one whose id matches.
            if (MacAddress.TryFromDeviceId(id, out var idMac))
            {
                var byId = await InventoryAsync(orgId, "mac", idMac, cancellationToken).ConfigureAwait(false);
                return ([.. byId.Where(d => d.Id == id || d.Id is null)], null);
            }

            return ([], null);
        }

        if (MacAddress.TryNormalize(text, out var mac))
        {
            var byMac = await InventoryAsync(orgId, "mac", mac, cancellationToken).ConfigureAwait(false);
            if (byMac.Count > 0)
            {
                return (byMac, null);
            }
        }

        var bySerial = await InventoryAsync(orgId, "serial", text, cancellationToken).ConfigureAwait(false);
        if (bySerial.Count > 0)
        {
            return (bySerial, null);
        }

        var names = await ListNamesAsync(orgId, cancellationToken).ConfigureAwait(false);
        return (await ByNameAsync(orgId, names, text, cancellationToken).ConfigureAwait(false), names);
    }

    /// <summary>The inventory items of the devices <paramref name="names"/> calls exactly <paramref name="name"/>: one inventory call per device.</summary>
    internal async Task<IReadOnlyList<InventoryItem>> ByNameAsync(Guid orgId, IReadOnlyList<OrgDeviceName> names, string name, CancellationToken cancellationToken)
    {
        var matches = new List<InventoryItem>();
        foreach (var named in names.Where(n => string.Equals(n.Name, name, StringComparison.Ordinal) && n.Mac is not null).DistinctBy(n => n.Mac))
        {
            var byName = await InventoryAsync(orgId, "mac", named.Mac!, cancellationToken).ConfigureAwait(false);
            matches.AddRange(byName.Where(i => i.Name is null || string.Equals(i.Name, name, StringComparison.Ordinal)));
        }

        return matches;
    }

    /// <summary>Restarts a device (<c>POST .../devices/{device_id}/restart</c>). Not retried after an ambiguous failure.</summary>
    public virtual Task RestartAsync(Guid siteId, Guid deviceId, CancellationToken cancellationToken = default) =>
        _pipeline.SendNoContentAsync(MistOperations.RestartSiteDevice.Request(siteId, deviceId), cancellationToken);

    /// <summary>
    /// Live state of the org's devices (<c>GET /api/v1/orgs/{org_id}/stats/devices</c>, pages of up to 1,000).
    /// <paramref name="type"/> defaults to <c>ap</c> on the server (pass <see cref="DeviceType.All"/> for every
    /// device); <paramref name="status"/> is <c>connected</c>, <c>disconnected</c> or a comma-separated list.
    /// </summary>
    public virtual AsyncPageable<DeviceStats> ListStatsAsync(Guid orgId, DeviceType? type = null, string? status = null, Guid? siteId = null) =>
        Pagers.PageNumber(
            _pipeline,
            () => MistOperations.ListOrgDevicesStats.Request(orgId).AddQuery("type", type?.Value).AddQuery("status", status).AddQuery("site_id", siteId?.ToString("D")),
            MistJsonContext.Default.ListDeviceStats);

    /// <summary>Live state of a site's devices (<c>GET /api/v1/sites/{site_id}/stats/devices</c>; same filters as <see cref="ListStatsAsync"/>).</summary>
    public virtual AsyncPageable<DeviceStats> ListSiteStatsAsync(Guid siteId, DeviceType? type = null, string? status = null) =>
        Pagers.PageNumber(
            _pipeline,
            () => MistOperations.ListSiteDevicesStats.Request(siteId).AddQuery("type", type?.Value).AddQuery("status", status),
            MistJsonContext.Default.ListDeviceStats);

    /// <summary>One device's live state (<c>GET /api/v1/sites/{site_id}/stats/devices/{device_id}</c>).</summary>
    public virtual Task<DeviceStats> GetStatsAsync(Guid siteId, Guid deviceId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetSiteDeviceStats.Request(siteId, deviceId), MistJsonContext.Default.DeviceStats, cancellationToken);

    /// <summary>Starts blinking an AP's LED until <see cref="UnlocateAsync"/> (<c>POST .../devices/{device_id}/locate</c>).</summary>
    public virtual Task LocateAsync(Guid siteId, Guid deviceId, CancellationToken cancellationToken = default) =>
        _pipeline.SendNoContentAsync(MistOperations.StartSiteLocateDevice.Request(siteId, deviceId), cancellationToken);

    /// <summary>Stops blinking an AP's LED (<c>POST .../devices/{device_id}/unlocate</c>).</summary>
    public virtual Task UnlocateAsync(Guid siteId, Guid deviceId, CancellationToken cancellationToken = default) =>
        _pipeline.SendNoContentAsync(MistOperations.StopSiteLocateDevice.Request(siteId, deviceId), cancellationToken);

    private async Task<IReadOnlyList<InventoryItem>> InventoryAsync(Guid orgId, string filter, string value, CancellationToken cancellationToken)
    {
        var items = new List<InventoryItem>();
        // Since API 2602 the inventory lists only APs unless asked: a lookup must see switches and gateways too.
        var pages = Pagers.PageNumber(
            _pipeline,
            () => MistOperations.GetOrgInventory.Request(orgId).AddQuery(filter, value).AddQuery("type", "all"),
            MistJsonContext.Default.ListInventoryItem);
        await foreach (var item in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // A lookup answers only with what it asked for, whatever the server sent.
            var fits = filter == "mac" ? MacAddress.SameMac(item.Mac, value) : string.Equals(item.Serial, value, StringComparison.OrdinalIgnoreCase);
            if (fits)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>Whether a device of <paramref name="actual"/> type answers a filter for <paramref name="asked"/> (unset and <c>all</c> take any).</summary>
    internal static bool TypeFits(DeviceType? asked, DeviceType? actual) =>
        asked is not { } type || type == DeviceType.All || actual is null || actual == type;
}

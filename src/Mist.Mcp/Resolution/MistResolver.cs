namespace Mist.Mcp;

/// <summary>
/// Turns what an agent writes into Mist ids: an org by id or name (or none, when the token reaches exactly one),
/// a site by id or name, a device by id, MAC, serial or name. Names match exactly, then ignoring case when exactly
/// one fits (<see cref="NameMatch"/>). Ambiguity is an argument error that
/// lists the candidates; a miss is a tool error that says where it looked.
/// </summary>
internal sealed class MistResolver(MistConnection connection)
{
    public const string OrgDescription =
        "The org: its id or name. Optional when the token reaches exactly one org; otherwise the error lists the orgs to choose from.";

    private readonly MistClient _mist = connection.Client;

    public async Task<Guid> OrgAsync(string? org, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(org) && Guid.TryParse(org.Trim(), out var id))
        {
            return id;
        }

        var orgs = await connection.OrgsAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(org))
        {
            return orgs.Count switch
            {
                1 => orgs[0].Id,
                0 => throw ToolErrors.Failed("The token reaches no org, so there is nothing to list. Check the token's privileges with whoami."),
                _ => throw ToolErrors.InvalidParams($"org is required: the token reaches {orgs.Count} orgs: {List(orgs)}. Pass one's id or name as org."),
            };
        }

        var name = org.Trim();
        var named = orgs.Where(o => string.Equals(o.Name, name, StringComparison.Ordinal)).ToList();
        if (named.Count == 0)
        {
            named = [.. orgs.Where(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))];
        }

        return named.Count switch
        {
            1 => named[0].Id,
            0 => throw ToolErrors.Failed($"No org named '{name}' is reachable with this token. Reachable orgs: {List(orgs)}."),
            _ => throw ToolErrors.InvalidParams($"org '{name}' is ambiguous: {List(named)}. Pass the id instead."),
        };
    }

    public async Task<Site> SiteAsync(string? org, string site, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(site))
        {
            throw ToolErrors.InvalidParams("site is required: a site id or exact name.");
        }

        var text = site.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return await _mist.Sites.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }

        var orgId = await OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var found = await _mist.Sites.FindByNameAsync(orgId, text, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            // No exact name: one listing of the org's sites finds a unique case-insensitive match or the nearest names.
            var sites = new List<Site>();
            await foreach (var each in _mist.Sites.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                sites.Add(each);
            }

            found = NameMatch.IgnoringCase(sites, s => s.Name, text);
            if (found.Count == 0)
            {
                throw ToolErrors.Failed($"No site named '{text}' in org {orgId}.{NameMatch.Nearest(sites.Select(s => s.Name), text)} Use list_sites to find it.");
            }
        }

        return found.Count switch
        {
            1 => found[0],
            _ => throw ToolErrors.InvalidParams(
                $"site '{text}' is ambiguous: {found.Count} sites have that name: {string.Join(", ", found.Select(s => s.Id))}. Pass the id instead."),
        };
    }

    /// <summary>Refuses an empty device argument; called before anything else is looked up, so nothing is sent.</summary>
    public static string RequireDevice(string? device) =>
        string.IsNullOrWhiteSpace(device)
            ? throw ToolErrors.InvalidParams("device is required: a device id, MAC address, serial number or exact name.")
            : device;

    public async Task<InventoryItem> DeviceAsync(Guid orgId, string device, CancellationToken cancellationToken)
    {
        RequireDevice(device);

        var found = await _mist.Devices.FindAsync(orgId, device, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            // No id, MAC, serial or exact name: the org's device names find a unique case-insensitive match or the nearest names.
            var names = await _mist.Devices.ListNamesAsync(orgId, cancellationToken).ConfigureAwait(false);
            var named = NameMatch.IgnoringCase(names, n => n.Name, device.Trim()).Select(n => n.Name!).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count != 1)
            {
                throw ToolErrors.Failed(
                    $"No device '{device.Trim()}' in org {orgId}: no id, MAC, serial or name matches.{NameMatch.Nearest(names.Select(n => n.Name), device.Trim())} " +
                    "Use list_devices or list_inventory to find it.");
            }

            found = await _mist.Devices.FindAsync(orgId, named[0], cancellationToken).ConfigureAwait(false);
        }

        return found.Count switch
        {
            1 => found[0],
            0 => throw ToolErrors.Failed($"No device '{device.Trim()}' in org {orgId}. Use list_devices or list_inventory to find it."),
            _ => throw ToolErrors.InvalidParams(
                $"device '{device.Trim()}' is ambiguous: {found.Count} devices match: {string.Join("; ", found.Select(Describe))}. Pass the MAC or id instead."),
        };
    }

    /// <summary>
    /// The MACs of devices given by MAC or serial (<c>macs</c> of the inventory tools). Each serial costs one
    /// inventory lookup; one that matches no device is a tool error naming it. Returns the MACs and, for the
    /// confirmation, which serial stands for which MAC.
    /// </summary>
    public async Task<(IReadOnlyList<string> Macs, IReadOnlyDictionary<string, string> SerialToMac)> MacsAsync(Guid orgId, string[]? items, CancellationToken cancellationToken)
    {
        var (macs, serials) = DeviceFilters.MacsOrSerials(items);
        var bySerial = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        foreach (var serial in serials)
        {
            var found = await _mist.Devices.FindAsync(orgId, serial, cancellationToken).ConfigureAwait(false);
            var match = found.Where(d => string.Equals(d.Serial, serial, StringComparison.OrdinalIgnoreCase) && d.Mac is not null).ToList();
            if (match.Count == 1)
            {
                bySerial[serial] = match[0].Mac!;
            }
            else
            {
                missing.Add(serial);
            }
        }

        if (missing.Count > 0)
        {
            throw ToolErrors.Failed($"No device with serial {string.Join(", ", missing)} in org {orgId}. Nothing was changed. Use list_inventory to find the devices.");
        }

        return ([.. macs.Concat(bySerial.Values).Distinct(StringComparer.Ordinal)], bySerial);
    }

    /// <summary>A device's id, from the inventory or, for ids Mist leaves out, from its MAC.</summary>
    public static Guid DeviceId(InventoryItem item) =>
        item.Id ?? (item.Mac is { } mac ? MacAddress.ToDeviceId(mac) : throw ToolErrors.Failed("The device has neither an id nor a MAC address in the inventory."));

    public static string Describe(InventoryItem d) =>
        $"{d.Name ?? "(no name)"} mac {d.Mac} serial {d.Serial} model {d.Model} site {(d.SiteId is { } s ? s.ToString() : "none")}";

    private static string List(IEnumerable<ReachableOrg> orgs) => string.Join(", ", orgs.Select(o => $"'{o.Name}' ({o.Id})"));
}

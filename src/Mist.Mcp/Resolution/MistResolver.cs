namespace Mist.Mcp;

/// <summary>
/// Turns what an agent writes into Mist ids: an org by id or name (or none, when the token reaches exactly one),
/// a site by id or exact name, a device by id, MAC, serial or exact name. Ambiguity is an argument error that
/// lists the candidates; a miss is a tool error that says where it looked.
/// </summary>
internal sealed class MistResolver(MistConnection connection)
{
    public const string OrgDescription =
        "The org: its id or exact name. Optional when the token reaches exactly one org; otherwise the error lists the orgs to choose from.";

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
        return found.Count switch
        {
            1 => found[0],
            0 => throw ToolErrors.Failed($"No site named '{text}' in org {orgId} (names match exactly, case included). Use list_sites to find it."),
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
        return found.Count switch
        {
            1 => found[0],
            0 => throw ToolErrors.Failed($"No device '{device.Trim()}' in org {orgId}: no id, MAC, serial or exact name matches. Use list_devices or list_inventory to find it."),
            _ => throw ToolErrors.InvalidParams(
                $"device '{device.Trim()}' is ambiguous: {found.Count} devices match: {string.Join("; ", found.Select(Describe))}. Pass the MAC or id instead."),
        };
    }

    /// <summary>A device's id, from the inventory or, for ids Mist leaves out, from its MAC.</summary>
    public static Guid DeviceId(InventoryItem item) =>
        item.Id ?? (item.Mac is { } mac ? MacAddress.ToDeviceId(mac) : throw ToolErrors.Failed("The device has neither an id nor a MAC address in the inventory."));

    public static string Describe(InventoryItem d) =>
        $"{d.Name ?? "(no name)"} mac {d.Mac} serial {d.Serial} model {d.Model} site {(d.SiteId is { } s ? s.ToString() : "none")}";

    private static string List(IEnumerable<ReachableOrg> orgs) => string.Join(", ", orgs.Select(o => $"'{o.Name}' ({o.Id})"));
}

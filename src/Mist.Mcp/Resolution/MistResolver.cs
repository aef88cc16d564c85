namespace Mist.Mcp;

/// <summary>
/// Turns what an agent writes into Mist ids: an org by id or name (or none, when the token reaches exactly one),
/// a site by id or name, a device by id, MAC, serial or name, through the SDK's <see cref="LookupClient"/>, so the
/// CLI and this server find the same object for the same words (<see cref="MistNameMatch"/>: exact, then ignoring
/// case when exactly one fits). Ambiguity is an argument error that
/// lists the candidates; a miss is a tool error that says where it looked.
/// </summary>
internal sealed class MistResolver(MistConnection connection)
{
    public const string OrgDescription =
        "The org: its id or name. Optional when the token reaches exactly one org; otherwise the error lists the orgs to choose from.";

    private readonly MistClient _mist = connection.Client;

    public async Task<Guid> OrgAsync(string? org, CancellationToken cancellationToken)
    {
        // The SDK's rule over the orgs this connection keeps; an id needs none of them.
        IReadOnlyList<ReachableOrg> reachable = Guid.TryParse(org?.Trim(), out _) ? [] : await connection.OrgsAsync(cancellationToken).ConfigureAwait(false);
        var match = LookupClient.MatchOrg(org, reachable);
        var named = match.Query.Length > 0;
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Id,
            MistMatchOutcome.NotFound when named => throw ToolErrors.Failed(
                $"No org named '{match.Query}' is reachable with this token.{NameMatch.Nearest(match)} Reachable orgs: {List(reachable)}."),
            MistMatchOutcome.NotFound => throw ToolErrors.Failed("The token reaches no org, so there is nothing to list. Check the token's privileges with whoami."),
            _ when named => throw ToolErrors.InvalidParams($"org '{match.Query}' is ambiguous: {List(match.Candidates)}. Pass the id instead."),
            _ => throw ToolErrors.InvalidParams($"org is required: the token reaches {match.Candidates.Count} orgs: {List(match.Candidates)}. Pass one's id or name as org."),
        };
    }

    public async Task<Site> SiteAsync(string? org, string site, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(site))
        {
            throw ToolErrors.InvalidParams("site is required: a site id or name.");
        }

        // A site id needs no org; a name is looked up in it.
        Guid? orgId = Guid.TryParse(site.Trim(), out _) && string.IsNullOrWhiteSpace(org) ? null : await OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var match = await _mist.Lookup.SiteAsync(orgId, site, cancellationToken).ConfigureAwait(false);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Value!,
            MistMatchOutcome.NotFound when Guid.TryParse(match.Query, out var id) => throw ToolErrors.Failed($"No site with id {id}{(orgId is { } o ? $" in org {o}" : string.Empty)}. Use list_sites to find it."),
            MistMatchOutcome.NotFound => throw ToolErrors.Failed($"No site named '{match.Query}' in org {orgId}.{NameMatch.Nearest(match)} Use list_sites to find it."),
            _ => throw ToolErrors.InvalidParams(
                $"site '{match.Query}' is ambiguous: {match.Candidates.Count} sites have that name: {string.Join(", ", match.Candidates.Select(s => s.Id))}. Pass the id instead."),
        };
    }

    /// <summary>Refuses an empty device argument; called before anything else is looked up, so nothing is sent.</summary>
    public static string RequireDevice(string? device) =>
        string.IsNullOrWhiteSpace(device)
            ? throw ToolErrors.InvalidParams("device is required: a device id, MAC address, serial number or name.")
            : device;

    public async Task<InventoryItem> DeviceAsync(Guid orgId, string device, CancellationToken cancellationToken)
    {
        RequireDevice(device);
        var match = await _mist.Lookup.DeviceAsync(orgId, device, cancellationToken).ConfigureAwait(false);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Value!,
            MistMatchOutcome.NotFound => throw ToolErrors.Failed(
                $"No device '{match.Query}' in org {orgId}: no id, MAC, serial or name matches.{NameMatch.Nearest(match)} Use list_devices or list_inventory to find it."),
            _ => throw ToolErrors.InvalidParams(
                $"device '{match.Query}' is ambiguous: {match.Candidates.Count} devices match: {string.Join("; ", match.Candidates.Select(Describe))}. Pass the MAC or id instead."),
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
        LookupClient.DeviceId(item) ?? throw ToolErrors.Failed("The device has neither an id nor a MAC address in the inventory.");

    public static string Describe(InventoryItem d) =>
        $"{d.Name ?? "(no name)"} mac {d.Mac} serial {d.Serial} model {d.Model} site {(d.SiteId is { } s ? s.ToString() : "none")}";

    private static string List(IEnumerable<ReachableOrg> orgs) => string.Join(", ", orgs.Select(o => $"'{o.Name}' ({o.Id})"));
}

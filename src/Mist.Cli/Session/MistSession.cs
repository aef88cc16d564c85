using Mist.Cli.Errors;
using Mist.Simulator;

namespace Mist.Cli.Session;

/// <summary>
/// One command's connection to Mist: the client, the embedded simulator when that is the target, and the
/// resolution of the org, site and device names the user typed (one lookup each, never repeated).
/// </summary>
internal sealed class MistSession(MistClient client, MistTarget target, MistSimulator? simulator) : IAsyncDisposable
{
    private Guid? _orgId;

    public MistClient Client { get; } = client;

    public MistTarget Target { get; } = target;

    public MistSimulator? Simulator { get; } = simulator;

    public bool IsSimulator => Simulator is not null;

    /// <summary>
    /// The org: the one named (id or exact name), or the only one the token reaches. Several reachable orgs and
    /// none named is a usage error listing them.
    /// </summary>
    public async Task<Guid> GetOrgIdAsync(CancellationToken cancellationToken) =>
        _orgId ??= await ResolveOrgAsync(Target.Org, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// An org by id (no call) or name, or the only reachable org when none is named. The name rule is the one of
    /// sites and of the MCP server: an exact match first, else a case-insensitive match when exactly one org fits.
    /// </summary>
    public async Task<Guid> ResolveOrgAsync(string? org, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(org, out var id))
        {
            return id;
        }

        var orgs = await Client.Self.ListOrgsAsync(cancellationToken).ConfigureAwait(false);
        if (org is { } name)
        {
            var named = orgs.Where(o => string.Equals(o.Name, name, StringComparison.Ordinal)).ToList();
            if (named.Count == 0)
            {
                named = [.. orgs.Where(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))];
            }

            return named.Count switch
            {
                1 => named[0].Id,
                0 => throw CliException.NotFound($"The token reaches no org named '{name}'. It reaches:\n{List(orgs)}"),
                _ => throw CliException.Usage($"Several orgs are named '{name}'; give its id with --org:\n{List(named)}"),
            };
        }

        return orgs.Count switch
        {
            1 => orgs[0].Id,
            0 => throw CliException.Auth("The token reaches no org.", "Check its privileges in the Mist portal."),
            _ => throw CliException.Usage($"The token reaches {orgs.Count} orgs; say which with --org (id or name) or MIST_ORG_ID:\n{List(orgs)}"),
        };
    }

    /// <summary>A site by id or exact name. No match is exit 5; an ambiguous name is exit 2 with the candidates.</summary>
    public async Task<Site> GetSiteAsync(string siteRef, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(siteRef, out var id))
        {
            try
            {
                return await Client.Sites.GetAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (MistNotFoundException)
            {
                throw CliException.NotFound($"No site with id {id}.");
            }
        }

        if (siteRef.Length > InputBounds.MaxNameLength)
        {
            throw CliException.Usage($"The site name is {siteRef.Length:N0} characters long; the limit is {InputBounds.MaxNameLength:N0}. Nothing was sent.");
        }

        var orgId = await GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var sites = await Client.Sites.FindByNameAsync(orgId, siteRef, cancellationToken).ConfigureAwait(false);
        return sites.Count switch
        {
            1 => sites[0],
            0 => throw CliException.NotFound($"No site named '{siteRef}' in org {orgId}."),
            _ => throw CliException.Usage(
                $"{sites.Count} sites are named '{siteRef}'; give the id instead:\n" + string.Join('\n', sites.Select(s => $"  {s.Id}  {s.Name}  {s.Address}"))),
        };
    }

    /// <summary>A device by id, MAC (any notation), serial or exact name, from the org's inventory.</summary>
    public async Task<InventoryItem> GetDeviceAsync(string deviceRef, CancellationToken cancellationToken)
    {
        var orgId = await GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var found = await Client.Devices.FindAsync(orgId, deviceRef, cancellationToken).ConfigureAwait(false);
        return found.Count switch
        {
            1 => found[0],
            0 => throw CliException.NotFound($"No device '{deviceRef}' (id, MAC, serial or name) in org {orgId}."),
            _ => throw CliException.Usage(
                $"{found.Count} devices match '{deviceRef}'; give a MAC or serial instead:\n"
                + string.Join('\n', found.Select(d => $"  {d.Mac}  {d.Serial}  {d.Name}  site {d.SiteId?.ToString() ?? "-"}"))),
        };
    }

    /// <summary>A device that must be on a site (its configuration lives under the site).</summary>
    public async Task<(Guid SiteId, Guid DeviceId, InventoryItem Item)> GetAssignedDeviceAsync(string deviceRef, CancellationToken cancellationToken)
    {
        var item = await GetDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false);
        if (item.SiteId is not { } siteId)
        {
            throw new CliException($"Device {item.Mac} ({item.Name ?? item.Serial}) is not assigned to a site; assign it first with `mist inventory assign {item.Mac} --site SITE`.", ExitCodes.Failure);
        }

        return (siteId, item.Id ?? MacAddress.ToDeviceId(item.Mac!), item);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string List(IEnumerable<ReachableOrg> orgs) =>
        string.Join('\n', orgs.Select(o => $"  {o.Id}  {o.Name}  ({o.Role})"));
}

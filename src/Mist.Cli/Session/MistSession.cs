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
    /// The org: the one named (id or name), or the only one the token reaches. Several reachable orgs and
    /// none named is a usage error listing them.
    /// </summary>
    public async Task<Guid> GetOrgIdAsync(CancellationToken cancellationToken) =>
        _orgId ??= await ResolveOrgAsync(Target.Org, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// An org by id (no call) or name, or the only reachable org when none is named, by the SDK's one rule
    /// (<see cref="LookupClient.OrgAsync"/>: an exact name, else a case-insensitive one when exactly one org fits),
    /// the same as the MCP server's.
    /// </summary>
    public async Task<Guid> ResolveOrgAsync(string? org, CancellationToken cancellationToken)
    {
        var match = await Client.Lookup.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var named = match.Query.Length > 0;
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Id,
            MistMatchOutcome.NotFound when named => throw CliException.NotFound(
                $"The token reaches no org named '{match.Query}'.{Nearest(match)}", "List the orgs it reaches with `mist org list`."),
            MistMatchOutcome.NotFound => throw CliException.Auth("The token reaches no org.", "Check its privileges in the Mist portal."),
            _ when named => throw CliException.Usage($"Several orgs are named '{match.Query}'; give its id with --org:\n{List(match.Candidates)}"),
            _ => throw CliException.Usage($"The token reaches {match.Candidates.Count} orgs; say which with --org (id or name) or MIST_ORG_ID:\n{List(match.Candidates)}"),
        };
    }

    /// <summary>
    /// A site by id or name (<see cref="LookupClient.SiteAsync"/>: exact, else case-insensitive when exactly one
    /// fits). No match is exit 5 with the nearest names; an ambiguous name is exit 2 with the candidates. An id needs
    /// no org, so it sends no org lookup.
    /// </summary>
    public async Task<Site> GetSiteAsync(string siteRef, CancellationToken cancellationToken)
    {
        if (siteRef.Length > InputBounds.MaxNameLength)
        {
            throw CliException.Usage($"The site name is {siteRef.Length:N0} characters long; the limit is {InputBounds.MaxNameLength:N0}. Nothing was sent.");
        }

        if (string.IsNullOrWhiteSpace(siteRef))
        {
            throw CliException.Usage("The site is empty: give its id or name. Nothing was sent.");
        }

        Guid? orgId = Guid.TryParse(siteRef.Trim(), out _) ? _orgId : await GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var match = await Client.Lookup.SiteAsync(orgId, siteRef, cancellationToken).ConfigureAwait(false);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Value!,
            MistMatchOutcome.NotFound when Guid.TryParse(match.Query, out var id) => throw CliException.NotFound($"No site with id {id}{(orgId is { } org ? $" in org {org}" : string.Empty)}."),
            MistMatchOutcome.NotFound => throw CliException.NotFound($"No site named '{match.Query}' in org {orgId}.{Nearest(match)}"),
            _ => throw CliException.Usage(
                $"{match.Candidates.Count} sites are named '{match.Query}'; give the id instead:\n" + string.Join('\n', match.Candidates.Select(s => $"  {s.Id}  {s.Name}  {s.Address}"))),
        };
    }

    /// <summary>A device by id, MAC (any notation), serial or name, from the org's inventory (<see cref="LookupClient.DeviceAsync"/>).</summary>
    public async Task<InventoryItem> GetDeviceAsync(string deviceRef, CancellationToken cancellationToken)
    {
        var orgId = await GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var match = await Client.Lookup.DeviceAsync(orgId, deviceRef, cancellationToken).ConfigureAwait(false);
        return match.Outcome switch
        {
            MistMatchOutcome.Found => match.Value!,
            MistMatchOutcome.NotFound => throw CliException.NotFound($"No device '{match.Query}' (id, MAC, serial or name) in org {orgId}.{Nearest(match)}"),
            _ => throw CliException.Usage(
                $"{match.Candidates.Count} devices match '{match.Query}'; give a MAC or serial instead:\n"
                + string.Join('\n', match.Candidates.Select(d => $"  {d.Mac}  {d.Serial}  {d.Name}  site {d.SiteId?.ToString() ?? "-"}"))),
        };
    }

    /// <summary>" Nearest names: 'Paris 001', 'Paris 011'." for a miss with close names, else empty.</summary>
    public static string Nearest<T>(MistMatch<T> match)
        where T : class =>
        match.NearestNames.Count == 0 ? string.Empty : $" Nearest names: {string.Join(", ", match.NearestNames.Select(n => $"'{n}'"))}.";

    /// <summary>A device that must be on a site (its configuration lives under the site).</summary>
    public async Task<(Guid SiteId, Guid DeviceId, InventoryItem Item)> GetAssignedDeviceAsync(string deviceRef, CancellationToken cancellationToken)
    {
        var item = await GetDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false);
        if (item.SiteId is not { } siteId)
        {
            throw new CliException($"Device {item.Mac} ({item.Name ?? item.Serial}) is not assigned to a site; assign it first with `mist inventory assign {item.Mac} --site SITE`.", ExitCodes.Failure);
        }

        return (siteId, LookupClient.DeviceId(item) ?? throw new CliException($"Device {item.Serial} has neither an id nor a MAC in the inventory.", ExitCodes.Failure), item);
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

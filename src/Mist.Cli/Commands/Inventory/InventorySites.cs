using Mist.Cli.Commands.Shared;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Session;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Inventory;

/// <summary>The org's sites from one listing: to find a file's site cells, and to name the site a device is on.</summary>
internal sealed class InventorySites(IReadOnlyList<Mist.Site> sites)
{
    private readonly Dictionary<Guid, Mist.Site> _byId = sites.ToDictionary(s => s.Id);

    public static async Task<InventorySites> ListAsync(MistClient client, Guid orgId, CliConsole console, CancellationToken cancellationToken)
    {
        var sites = new List<Mist.Site>();
        await foreach (var site in client.Sites.ListAsync(orgId).WithProgressAsync(console, "sites", cancellationToken).ConfigureAwait(false))
        {
            sites.Add(site);
        }

        return new InventorySites(sites);
    }

    /// <summary>The site's name, or its id when it has none (or is not in the listing).</summary>
    public string NameOf(Guid siteId) => _byId.TryGetValue(siteId, out var site) && site.Name is { Length: > 0 } name ? name : siteId.ToString();

    /// <summary>A site cell: an id, or a name (exact, else case-insensitive when unique); a problem of the line otherwise.</summary>
    public Mist.Site? Find(string written, int line, InputProblems problems)
    {
        if (Guid.TryParse(written, out var id))
        {
            if (_byId.TryGetValue(id, out var byId))
            {
                return byId;
            }

            problems.Add(line, $"column site_id: no site with id {id} in the org.");
            return null;
        }

        var match = MistNameMatch.ByName(sites, written, s => s.Id, s => s.Name);
        if (match.IsFound)
        {
            return match.Value;
        }

        problems.Add(line, match.Outcome == MistMatchOutcome.NotFound
            ? $"column site_name: no site named '{written}' in the org.{MistSession.Nearest(match)}"
            : $"column site_name: {match.Candidates.Count} sites are named '{written}'; give its id in site_id instead.");
        return null;
    }
}

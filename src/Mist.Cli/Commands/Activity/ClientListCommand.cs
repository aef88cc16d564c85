using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist client list</c>: the wireless clients connected now, from site stats (<c>listSiteWirelessClientsStats</c>,
/// every site of the org unless <c>--site</c>) or one AP's (<c>getSiteAllClientsStatsByDevice</c>), with the names of
/// their site and AP (sites read 4 at a time, written in order). <c>--ssid</c> and <c>--band</c> filter what the stats
/// return (the API has no such filter).
/// </summary>
internal sealed class ClientListCommand : MistCommand
{
    private const int InFlight = 4;

    private readonly Option<string?> _site = new("--site") { Description = "Only the clients of this site (id or name)." };
    private readonly Option<string?> _device = new("--device") { Description = "Only the clients of this AP (id, MAC, serial or name)." };
    private readonly Option<string?> _ssid = new("--ssid") { Description = "Only the clients of this SSID (exact)." };
    private readonly Option<string?> _band = new("--band") { Description = "Only the clients on this band: 24, 5 or 6 (GHz)." };

    public ClientListCommand(CliApp app)
        : base(app, "list", "List the wireless clients connected now (the org's sites, one site or one AP).")
    {
        _band.AcceptOnlyFromAmong("24", "5", "6");
        foreach (var option in new Option[] { _site, _device, _ssid, _band })
        {
            Options.Add(option);
        }
    }

    protected override Output.ResourceView View => ActivityViews.ClientStats;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var ssid = parse.GetValue(_ssid);
        var band = parse.GetValue(_band);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var fields = context.Output.Options.Query is null ? context.Output.Options.Fields : null;
        var requests = new List<MistRequest>();
        var sites = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? oneSite = null;
        if (parse.GetValue(_device) is { } deviceRef)
        {
            var (siteId, deviceId, _) = await session.GetAssignedDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false);
            oneSite = siteId.ToString();
            requests.Add(MistOperations.GetSiteAllClientsStatsByDevice.CreateRequest(oneSite, deviceId.ToString()));
        }
        else if (parse.GetValue(_site) is { } siteRef)
        {
            var site = await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false);
            oneSite = site.Id.ToString();
            sites[oneSite] = site.Name;
            requests.Add(MistOperations.ListSiteWirelessClientsStats.CreateRequest(oneSite).AddQuery("limit", "1000"));
        }
        else
        {
            await foreach (var site in session.Client.Sites.ListAsync(orgId).WithProgressAsync(context.Console, "sites", cancellationToken).ConfigureAwait(false))
            {
                sites[site.Id.ToString()] = site.Name;
                requests.Add(MistOperations.ListSiteWirelessClientsStats.CreateRequest(site.Id.ToString()).AddQuery("limit", "1000"));
            }
        }

        // The sites' names are known when they were listed or resolved; across many sites, the AP names come from one listing.
        using var names = new ClientNames(session.Client, orgId, fields, sites.Count > 0 ? sites : null, manySites: requests.Count > ClientNames.SitesReadForApNames);
        if (oneSite is not null)
        {
            // Its AP names are read beside its clients' stats.
            names.ReadSite(oneSite, cancellationToken);
        }

        var list = context.Output.StartList(View);
        // Up to 4 sites in flight (the SDK's default for pages), written in the order of the sites.
        var window = new Queue<Task<List<JsonObject>>>();
        foreach (var request in requests)
        {
            window.Enqueue(ReadAsync(session.Client, request, names, ssid, band, cancellationToken));
            if (window.Count == InFlight)
            {
                Write(list, await window.Dequeue().ConfigureAwait(false));
            }
        }

        while (window.Count > 0)
        {
            Write(list, await window.Dequeue().ConfigureAwait(false));
        }

        list.Complete();
        return ExitCodes.Success;
    }

    private static async Task<List<JsonObject>> ReadAsync(
        MistClient client, MistRequest request, ClientNames names, string? ssid, string? band, CancellationToken cancellationToken)
    {
        var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        // Detached from the parsed array: a table collects the rows into a list of its own.
        var rows = (JsonNode.Parse(response.Text) as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => c.DeepClone().AsObject())
            .Where(c => (ssid is null || (string?)c["ssid"] == ssid) && (band is null || (string?)c["band"] == band))
            .ToList();
        await names.EnrichAsync(rows, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static void Write(Output.ListStream list, List<JsonObject> rows)
    {
        foreach (var row in rows)
        {
            list.Add(row);
        }

        list.Flush();
    }
}

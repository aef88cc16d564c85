using System.CommandLine;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist client find QUERY</c>: searches the whole org (<c>searchOrgWirelessClients</c>, 1,000 per page, following
/// its <c>next</c> cursor) by MAC (any notation), IP, or hostname/username (<c>text</c>), and shows each client's AP
/// and site names, SSID, band, RSSI/SNR (connected clients), IP, user and last seen.
/// </summary>
internal sealed class ClientFindCommand : MistCommand
{
    private readonly Argument<string> _query = new("QUERY") { Description = "A MAC (any notation), an IP address, or part of a hostname or username." };
    private readonly TimeWindow _window = new();

    public ClientFindCommand(CliApp app)
        : base(app, "find", "Find wireless clients across the org by MAC, IP, hostname or username.")
    {
        Arguments.Add(_query);
        foreach (var option in _window.All(withRange: false))
        {
            Options.Add(option);
        }
    }

    protected override Output.ResourceView View => ActivityViews.ClientSearch;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (name, value) = ClientQuery.Parameter(context.Parse.GetRequiredValue(_query));
        var window = _window.Parse(context.Parse, App.Time.GetUtcNow());
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var request = MistOperations.SearchOrgWirelessClients.CreateRequest(orgId.ToString()).AddQuery(name, value).AddQuery("limit", "1000");
        foreach (var (key, text) in window)
        {
            request.AddQuery(key, text);
        }

        // The query may read any field: only --fields alone says which names and signal the output needs.
        using var names = new ClientNames(session.Client, orgId, context.Output.Options.Query is null ? context.Output.Options.Fields : null);
        return await SearchListing.WriteAsync(context, session.Client, request, View, "clients", names.EnrichAsync, cancellationToken).ConfigureAwait(false);
    }
}

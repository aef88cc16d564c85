using System.CommandLine;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist client events MAC</c>: the client's events (association, disassociation, ...) on the site it was last
/// seen on (<c>getSiteEventsForClient</c>), in the time window, streamed page by page.
/// </summary>
internal sealed class ClientEventsCommand : MistCommand
{
    private readonly Argument<string> _mac = new("MAC") { Description = "The client's MAC address (any notation)." };
    private readonly TimeWindow _window = new();

    public ClientEventsCommand(CliApp app)
        : base(app, "events", "List one wireless client's events (associations, roams, disconnections).")
    {
        Arguments.Add(_mac);
        foreach (var option in _window.All(withRange: false))
        {
            Options.Add(option);
        }
    }

    protected override Output.ResourceView View => ActivityViews.ClientEvents;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var mac = ClientQuery.Mac(context.Parse.GetRequiredValue(_mac));
        var window = _window.Parse(context.Parse, App.Time.GetUtcNow());
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var found = await ClientViewCommand.FindAsync(session.Client, orgId, mac, cancellationToken).ConfigureAwait(false);
        var request = MistOperations.GetSiteEventsForClient.CreateRequest((string)found["site_id"]!, mac).AddQuery("limit", "1000");
        foreach (var (name, value) in window)
        {
            request.AddQuery(name, value);
        }

        return await SearchListing.WriteAsync(context, session.Client, request, View, "events", null, cancellationToken).ConfigureAwait(false);
    }
}

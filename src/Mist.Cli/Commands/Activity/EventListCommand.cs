using System.CommandLine;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist event list</c>: device events of the org (<c>searchOrgDeviceEvents</c>) or of one site
/// (<c>searchSiteDeviceEvents</c>), oldest first, streamed page by page with the search's cursor.
/// </summary>
internal sealed class EventListCommand : MistCommand
{
    private readonly Option<string?> _site = new("--site") { Description = "Only the events of this site (id or name)." };
    private readonly Option<string?> _device = new("--device") { Description = "Only the events of this device (id, MAC, serial or name)." };
    private readonly Option<string?> _type = new("--type") { Description = "Only events of these types, comma-separated (such as AP_RESTARTED,AP_DISCONNECTED)." };
    private readonly TimeWindow _window = new();

    public EventListCommand(CliApp app)
        : base(app, "list", "List device events (restarts, upgrades, disconnections, ...) of the org or a site, in a time window.")
    {
        foreach (var option in new Option[] { _site, _device, _type }.Concat(_window.All(withRange: true)))
        {
            Options.Add(option);
        }
    }

    protected override Output.ResourceView View => ActivityViews.DeviceEvents;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var window = _window.Parse(parse, App.Time.GetUtcNow());
        var type = parse.GetValue(_type);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var request = parse.GetValue(_site) is { } siteRef
            ? MistOperations.SearchSiteDeviceEvents.CreateRequest((await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false)).Id.ToString())
            : MistOperations.SearchOrgDeviceEvents.CreateRequest((await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false)).ToString());
        if (parse.GetValue(_device) is { } deviceRef)
        {
            var mac = MacAddress.TryNormalize(deviceRef, out var direct) ? direct : (await session.GetDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false)).Mac!;
            request.AddQuery("mac", mac);
        }

        request.AddQuery("type", type).AddQuery("limit", "1000");
        foreach (var (name, value) in window)
        {
            request.AddQuery(name, value);
        }

        return await SearchListing.WriteAsync(context, session.Client, request, View, "events", null, cancellationToken).ConfigureAwait(false);
    }
}

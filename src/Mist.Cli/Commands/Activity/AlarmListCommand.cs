using System.CommandLine;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist alarm list</c>: alarms of the org (<c>searchOrgAlarms</c>) or of one site (<c>searchSiteAlarms</c>) raised
/// in the time window, open and resolved, streamed page by page with the search's cursor.
/// </summary>
internal sealed class AlarmListCommand : MistCommand
{
    private readonly Option<string?> _site = new("--site") { Description = "Only the alarms of this site (id or name)." };
    private readonly Option<string?> _severity = new("--severity") { Description = "Only alarms of this severity: critical, major, minor, warn or info." };
    private readonly TimeWindow _window = new();

    public AlarmListCommand(CliApp app)
        : base(app, "list", "List the alarms (AP offline, ...) of the org or a site raised in a time window.")
    {
        _severity.AcceptOnlyFromAmong("critical", "major", "minor", "warn", "info");
        foreach (var option in new Option[] { _site, _severity }.Concat(_window.All(withRange: false)))
        {
            Options.Add(option);
        }
    }

    protected override Output.ResourceView View => ActivityViews.Alarms;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var window = _window.Parse(parse, App.Time.GetUtcNow());
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var request = parse.GetValue(_site) is { } siteRef
            ? MistOperations.SearchSiteAlarms.CreateRequest((await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false)).Id.ToString())
            : MistOperations.SearchOrgAlarms.CreateRequest((await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false)).ToString());
        request.AddQuery("severity", parse.GetValue(_severity)).AddQuery("limit", "1000");
        foreach (var (name, value) in window)
        {
            request.AddQuery(name, value);
        }

        return await SearchListing.WriteAsync(context, session.Client, request, View, "alarms", null, cancellationToken).ConfigureAwait(false);
    }
}

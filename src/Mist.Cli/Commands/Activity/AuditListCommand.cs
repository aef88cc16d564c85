namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist audit list</c>: the org's audit log (who changed what) at its live path <c>/orgs/{org_id}/logs/search</c>
/// (<c>listOrgAuditLogs</c>), streamed page by page.
/// </summary>
internal sealed class AuditListCommand : MistCommand
{
    private readonly TimeWindow _window = new();

    public AuditListCommand(CliApp app)
        : base(app, "list", "List the org's audit log (changes made by admins and tokens) in a time window.")
    {
        foreach (var option in _window.All(withRange: true))
        {
            Options.Add(option);
        }
    }

    protected override Output.ResourceView View => ActivityViews.AuditLogs;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var window = _window.Parse(context.Parse, App.Time.GetUtcNow());
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var request = MistOperations.ListOrgAuditLogs.CreateRequest(orgId.ToString()).AddQuery("limit", "1000");
        foreach (var (name, value) in window)
        {
            request.AddQuery(name, value);
        }

        return await SearchListing.WriteAsync(context, session.Client, request, View, "audit log entries", null, cancellationToken).ConfigureAwait(false);
    }
}

using System.CommandLine;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Wlan;

/// <summary>
/// <c>mist wlan list [--site SITE [--derived] | --template T]</c>: a site's own WLANs, a WLAN template's, or (with
/// neither) every org WLAN with its template; <c>--derived</c> lists what reaches the site, its own and its
/// templates' (<c>GET /sites/{site_id}/wlans/derived</c>).
/// </summary>
internal sealed class WlanListCommand : MistCommand
{
    private static readonly Option<bool> s_derived = new("--derived") { Description = "With --site: every WLAN that reaches the site, its own and those of the org templates applied to it." };

    public WlanListCommand(CliApp app)
        : base(app, "list", "List WLANs: a site's (--site), a template's (--template), or the org's with their template.")
    {
        WlanScope.AddTo(this);
        Options.Add(s_derived);
        Options.Add(WlanSecrets.ShowSecrets);
    }

    protected override ResourceView View => ResourceView.Wlan;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        WlanScope.CheckExclusive(context.Parse, required: false);
        var derived = context.Parse.GetValue(s_derived);
        if (derived && context.Parse.GetValue(WlanScope.SiteOption) is null)
        {
            throw CliException.Usage("--derived lists what reaches one site: give it with --site SITE.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = await WlanScope.ResolveAsync(context, session, cancellationToken, templateNames: derived).ConfigureAwait(false);
        var wlans = derived
            ? (await session.Client.Sites.ListDerivedWlansAsync(scope.ScopeId, cancellationToken: cancellationToken).ConfigureAwait(false)).Select(scope.ToJson).ToList()
            : await scope.ListAsync(cancellationToken).ConfigureAwait(false);
        var list = context.Output.StartList(View);
        foreach (var wlan in wlans)
        {
            list.Add(WlanSecrets.Shown(context, wlan));
        }

        list.Complete();
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Wlan;

/// <summary><c>mist wlan view WLAN [--site SITE | --template T]</c>: one WLAN by id or SSID in its scope.</summary>
internal sealed class WlanViewCommand : MistCommand
{
    private readonly Argument<string> _wlan = WlanArguments.Wlan();

    public WlanViewCommand(CliApp app)
        : base(app, "view", "Show a WLAN (secrets redacted unless --show-secrets with -o json).")
    {
        Arguments.Add(_wlan);
        WlanScope.AddTo(this);
        Options.Add(WlanSecrets.ShowSecrets);
    }

    protected override ResourceView View => ResourceView.Wlan;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        WlanScope.CheckExclusive(context.Parse, required: false);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = await WlanScope.ResolveAsync(context, session, cancellationToken).ConfigureAwait(false);
        var wlan = await scope.FindAsync(context.Parse.GetRequiredValue(_wlan), cancellationToken).ConfigureAwait(false);
        context.Output.WriteItem(WlanSecrets.Shown(context, wlan), View);
        return ExitCodes.Success;
    }
}

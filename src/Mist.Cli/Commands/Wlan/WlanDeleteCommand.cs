using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Wlan;

/// <summary><c>mist wlan delete WLAN [--site SITE | --template T]</c>: asks for the SSID on a terminal, needs <c>--yes</c> otherwise.</summary>
internal sealed class WlanDeleteCommand : MistCommand
{
    private readonly Argument<string> _wlan = WlanArguments.Wlan();

    public WlanDeleteCommand(CliApp app)
        : base(app, "delete", "Delete a WLAN (its clients are disconnected).")
    {
        Arguments.Add(_wlan);
        WlanScope.AddTo(this);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        WlanScope.CheckExclusive(context.Parse, required: false);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = await WlanScope.ResolveAsync(context, session, cancellationToken).ConfigureAwait(false);
        var wlan = await scope.FindAsync(context.Parse.GetRequiredValue(_wlan), cancellationToken).ConfigureAwait(false);
        var id = Guid.Parse((string)wlan["id"]!);
        var ssid = (string?)wlan["ssid"] ?? id.ToString();
        await context.ConfirmAsync($"delete the WLAN '{ssid}' of the {scope.Label} (its clients are disconnected)", ssid, cancellationToken).ConfigureAwait(false);
        await scope.Collection.DeleteAsync(scope.ScopeId, id, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Deleted WLAN '{ssid}' ({id}) of the {scope.Label}.");
        if (context.Output.Options.Format != OutputFormat.Table)
        {
            context.Output.WriteItem(new JsonObject { ["id"] = id.ToString(), ["ssid"] = ssid, ["deleted"] = true }, ResourceView.Any);
        }

        return ExitCodes.Success;
    }
}

using System.CommandLine;
using System.Text.Json;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Wlan;

/// <summary>
/// <c>mist wlan update WLAN [--site SITE | --template T] [--ssid S] [--auth ...] [--psk-stdin] [--vlan N] [--bands ...]
/// [--hidden[=false]] [--set key=value]...</c>: sends only the fields given (Mist's PUT keeps the others).
/// </summary>
internal sealed class WlanUpdateCommand : MistCommand
{
    private readonly Argument<string> _wlan = WlanArguments.Wlan();
    private readonly WlanFieldOptions _fields = new();

    public WlanUpdateCommand(CliApp app)
        : base(app, "update", "Change fields of a WLAN (only those given).")
    {
        Arguments.Add(_wlan);
        _fields.Ssid.Description = "A new SSID, 1 to 32 bytes.";
        _fields.AddTo(this);
        WlanScope.AddTo(this);
        Options.Add(WlanSecrets.ShowSecrets);
    }

    protected override ResourceView View => ResourceView.Wlan;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        WlanScope.CheckExclusive(context.Parse, required: false);
        var body = _fields.Body(context.Parse, context.Console, creating: false);
        if (body.Count == 0)
        {
            throw CliException.Usage("Nothing to change: give --ssid, --auth, --psk-stdin, --vlan, --bands, --hidden or --set key=value.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = await WlanScope.ResolveAsync(context, session, cancellationToken).ConfigureAwait(false);
        var found = await scope.FindAsync(context.Parse.GetRequiredValue(_wlan), cancellationToken).ConfigureAwait(false);
        var id = Guid.Parse((string)found["id"]!);
        WlanFieldOptions.MergeAuth(body, found);
        var changes = body.Deserialize(scope.Collection.JsonTypeInfo)!;
        var updated = await scope.Collection.UpdateAsync(scope.ScopeId, id, changes, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Updated WLAN '{updated.Ssid}' ({updated.Id}) of the {scope.Label}.");
        context.Output.WriteItem(WlanSecrets.Shown(context, scope.ToJson(updated)), View);
        return ExitCodes.Success;
    }
}

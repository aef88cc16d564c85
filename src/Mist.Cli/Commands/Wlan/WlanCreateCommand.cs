using System.CommandLine;
using System.Text.Json;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Wlan;

/// <summary>
/// <c>mist wlan create --ssid S (--site SITE | --template T) [--auth open|psk|eap] [--psk-stdin] [--vlan N]
/// [--bands 24,5,6] [--hidden] [--set key=value]...</c>. A WLAN of that SSID in the same scope is reported (exit 0,
/// <c>"created": false</c>) instead of duplicated, unless <c>--allow-duplicate</c>, as <c>site create</c> does.
/// </summary>
internal sealed class WlanCreateCommand : MistCommand
{
    private static readonly Option<bool> s_allowDuplicate = new("--allow-duplicate") { Description = "Create the WLAN even if one of that SSID exists in the scope." };
    private readonly WlanFieldOptions _fields = new();

    public WlanCreateCommand(CliApp app)
        : base(app, "create", "Create a WLAN on a site or in an org WLAN template.")
    {
        _fields.Ssid.Description += " " + MistCli.RequiredMark;
        _fields.AddTo(this);
        WlanScope.AddTo(this);
        Options.Add(s_allowDuplicate);
        Options.Add(WlanSecrets.ShowSecrets);
    }

    protected override ResourceView View => ResourceView.Wlan;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        WlanScope.CheckExclusive(context.Parse, required: true);
        if (context.Parse.GetValue(_fields.Ssid) is null)
        {
            throw CliException.Usage("--ssid is required.");
        }

        var body = _fields.Body(context.Parse, context.Console, creating: true);
        var ssid = (string)body["ssid"]!;
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = await WlanScope.ResolveAsync(context, session, cancellationToken).ConfigureAwait(false);
        if (!context.Parse.GetValue(s_allowDuplicate))
        {
            var existing = (await scope.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(w => (string?)w["ssid"] == ssid);
            if (existing is not null)
            {
                context.Output.Notice($"The {scope.Label} already has a WLAN with SSID '{ssid}' ({existing["id"]}); not creating another. Use --allow-duplicate to create one anyway, or `mist wlan update` to change it.");
                existing["created"] = false;
                context.Output.WriteItem(WlanSecrets.Shown(context, existing), View);
                return ExitCodes.Success;
            }
        }

        if (scope.TemplateId is { } template)
        {
            body["template_id"] = template.ToString();
        }

        var wlan = body.Deserialize(scope.Collection.JsonTypeInfo)!;
        var created = await scope.Collection.CreateAsync(scope.ScopeId, wlan, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Created WLAN '{created.Ssid}' ({created.Id}) in the {scope.Label}.");
        var json = scope.ToJson(created);
        json["created"] = true;
        context.Output.WriteItem(WlanSecrets.Shown(context, json), View);
        return ExitCodes.Success;
    }
}

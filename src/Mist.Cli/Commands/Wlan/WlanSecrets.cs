using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Wlan;

/// <summary>
/// PSKs, WEP keys and RADIUS secrets of WLANs are never printed in a table, and in JSON, CSV or YAML only with
/// <c>--show-secrets</c>; otherwise each reads <c>REDACTED</c> (the field stays, so a reader knows one is set).
/// </summary>
internal static class WlanSecrets
{
    public static readonly Option<bool> ShowSecrets = new("--show-secrets")
    {
        Description = "Show PSKs and RADIUS secrets in JSON, CSV and YAML output (tables never show them).",
    };

    public static JsonObject Shown(CommandContext context, JsonObject wlan)
    {
        if (!(context.Parse.GetValue(ShowSecrets) && context.Output.Options.Format != OutputFormat.Table))
        {
            MistSecrets.Redact(wlan);
        }

        return wlan;
    }
}

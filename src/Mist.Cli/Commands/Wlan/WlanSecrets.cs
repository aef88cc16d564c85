using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Wlan;

/// <summary>
/// PSKs, WEP keys and RADIUS secrets of WLANs are printed only in JSON (<c>-o json</c>, <c>-o ndjson</c>) with
/// <c>--show-secrets</c>, never in a table, CSV or YAML; otherwise each reads <c>REDACTED</c> (the field stays, so a
/// reader knows one is set).
/// </summary>
internal static class WlanSecrets
{
    public static readonly Option<bool> ShowSecrets = new("--show-secrets")
    {
        Description = "Show PSKs and RADIUS secrets in JSON output (-o json or ndjson); tables, CSV and YAML never show them.",
    };

    public static JsonObject Shown(CommandContext context, JsonObject wlan)
    {
        if (!(context.Parse.GetValue(ShowSecrets) && context.Output.Options.Format is OutputFormat.Json or OutputFormat.Ndjson))
        {
            MistSecrets.Redact(wlan);
        }

        return wlan;
    }
}

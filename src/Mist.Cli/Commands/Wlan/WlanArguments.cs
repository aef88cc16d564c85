using System.CommandLine;

namespace Mist.Cli.Commands.Wlan;

/// <summary>The WLAN argument shared by the wlan commands.</summary>
internal static class WlanArguments
{
    public static Argument<string> Wlan() => new("wlan") { Description = "WLAN id or SSID, within the scope (--site, --template; the org's WLANs when neither)." };
}

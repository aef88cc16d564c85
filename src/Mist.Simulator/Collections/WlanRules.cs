using System.Text.Json.Nodes;

namespace Mist.Simulator.Collections;

/// <summary>
/// What Mist checks on a WLAN beyond its schema: a PSK WLAN (<c>auth.type: psk</c>) needs its passphrase
/// (<c>auth.psk</c>, 8 to 64 characters) unless it takes its keys from the PSK collection only
/// (<c>auth.multi_psk_only</c>). The schema cannot say it (the field is optional for the other types). An update
/// replaces <c>auth</c> as a whole, so the rule is checked on the body's <c>auth</c> whenever it has one.
/// </summary>
internal static class WlanRules
{
    public static string? Check(ConfigCollection collection, JsonObject body)
    {
        if (collection.Segment != "wlans" || body["auth"] is not JsonObject auth || (string?)(auth["type"] as JsonValue) != "psk")
        {
            return null;
        }

        var multiPskOnly = auth["multi_psk_only"] is JsonValue only && only.TryGetValue<bool>(out var value) && value;
        var psk = auth["psk"] is JsonValue given && given.TryGetValue<string>(out var text) ? text : null;
        return multiPskOnly || !string.IsNullOrEmpty(psk)
            ? null
            : "auth.psk: this field is required when auth.type is psk (8 to 64 characters), unless auth.multi_psk_only is true";
    }
}

using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>
/// The limits of each argument, by name: an argument means the same thing in every tool (<c>site</c> is always a
/// site id or name, <c>limit</c> always a page size), so its bounds are stated once here and written into every
/// tool's input schema, where clients see them and <see cref="ArgumentCheck"/> enforces them before a tool runs.
/// </summary>
internal static class ArgumentRules
{
    /// <summary>Names of Mist objects (orgs, sites, devices) are far shorter; anything longer is not a name.</summary>
    public const int MaxName = 256;

    /// <summary>A Mist API path with its query string; longer ones are refused by the API's front anyway.</summary>
    public const int MaxPath = 2048;

    /// <summary>Free text a person writes (notes, an address).</summary>
    public const int MaxText = 4096;

    /// <summary>Devices or claim codes in one call: Mist's inventory calls take up to 1,000.</summary>
    public const int MaxItems = 1000;

    /// <summary>No single argument, of any kind, may be larger than this once serialized (64 KiB).</summary>
    public const int MaxArgumentBytes = 64 * 1024;

    public static readonly string[] DeviceTypes = ["ap", "switch", "gateway", "all"];

    /// <summary>Mist's alarm severities.</summary>
    public static readonly string[] Severities = ["critical", "major", "minor", "warn", "info"];

    /// <summary>Adds this argument's bounds to its schema (a no-op for names without rules).</summary>
    public static void Apply(string name, JsonObject schema)
    {
        switch (name)
        {
            case "limit":
                schema["minimum"] = 1;
                schema["maximum"] = ListPaging.MaxLimit;
                break;
            case "type":
                schema["enum"] = new JsonArray([.. DeviceTypes.Select(t => JsonValue.Create(t))]);
                break;
            case "macs" or "codes":
                schema["minItems"] = 1;
                schema["maxItems"] = MaxItems;
                if (schema["items"] is JsonObject items)
                {
                    items["minLength"] = 1;
                    items["maxLength"] = MaxName;
                }

                break;
            case "path":
                schema["minLength"] = 1;
                schema["maxLength"] = MaxPath;
                break;
            case "cursor":
                schema["maxLength"] = MaxPath;
                break;
            case "notes" or "address":
                schema["maxLength"] = MaxText;
                break;
            case "fields":
                schema["maxLength"] = MaxPath;
                break;
            case "confirm":
                // Repeats the MACs of up to MaxItems devices when several are confirmed at once.
                schema["maxLength"] = MaxItems * 20;
                break;
            case "alarm_ids":
                schema["minItems"] = 1;
                schema["maxItems"] = MaxItems;
                if (schema["items"] is JsonObject alarmItems)
                {
                    alarmItems["minLength"] = 36;
                    alarmItems["maxLength"] = 36;
                }

                break;
            case "band":
                schema["enum"] = new JsonArray([.. Mist.Cli.Validation.WlanRules.Bands.Select(b => JsonValue.Create(b))]);
                break;
            case "severity":
                schema["enum"] = new JsonArray([.. Severities.Select(v => JsonValue.Create(v))]);
                break;
            case "duration":
                schema["pattern"] = "^[0-9]{1,5}[mhdw]$";
                schema["maxLength"] = 6;
                break;
            case "start" or "end":
                schema["minimum"] = 0;
                break;
            case "ssid":
                schema["minLength"] = 1;
                schema["maxLength"] = 32; // 32 bytes, checked in UTF-8 by the tool
                break;
            case "psk":
                schema["minLength"] = 8;
                schema["maxLength"] = 64;
                break;
            case "vlan":
                schema["minimum"] = 1;
                schema["maximum"] = 4094;
                break;
            case "auth":
                schema["enum"] = new JsonArray([.. Mist.Cli.Validation.WlanRules.AuthTypes.Select(t => JsonValue.Create(t))]);
                break;
            case "bands":
                schema["minItems"] = 1;
                schema["maxItems"] = Mist.Cli.Validation.WlanRules.Bands.Length;
                if (schema["items"] is JsonObject bandItems)
                {
                    bandItems["enum"] = new JsonArray([.. Mist.Cli.Validation.WlanRules.Bands.Select(b => JsonValue.Create(b))]);
                }

                break;
            case "site" or "device" or "name" or "wlan" or "template":
                schema["minLength"] = 1;
                schema["maxLength"] = MaxName;
                break;
            default:
                if (IsString(schema))
                {
                    schema["maxLength"] = MaxName;
                }

                break;
        }
    }

    private static bool IsString(JsonObject schema) => schema["type"] is JsonValue type && type.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)type == "string";
}

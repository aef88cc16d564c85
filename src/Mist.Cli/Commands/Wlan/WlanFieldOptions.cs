using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Wlan;

/// <summary>The WLAN fields of <c>wlan create</c> and <c>wlan update</c>, checked before anything is sent.</summary>
internal sealed class WlanFieldOptions
{
    public readonly Option<string?> Ssid = new("--ssid") { Description = "The network name (SSID), 1 to 32 bytes." };
    public readonly Option<string?> Auth = new("--auth") { Description = "Authentication: open, psk (a passphrase, from --psk-stdin) or eap (802.1X: give auth_servers with --set)." };
    public readonly Option<bool> PskStdin = new("--psk-stdin") { Description = "Read the passphrase (8 to 63 characters, or 64 hex digits) from stdin; never from a flag, which would stay in shell history." };
    public readonly Option<int?> Vlan = new("--vlan") { Description = "Put clients on this VLAN (1 to 4094)." };
    public readonly Option<string?> Bands = new("--bands") { Description = "Radio bands, comma-separated: 24, 5, 6." };
    public readonly Option<bool?> Hidden = new("--hidden") { Description = "Do not broadcast the SSID (--hidden false to broadcast it again)." };
    public readonly Option<string[]> Set = new("--set") { Description = "Any other WLAN field as key=value (the value is JSON when it parses as JSON). Repeatable.", AllowMultipleArgumentsPerToken = false };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Ssid, Auth, PskStdin, Vlan, Bands, Hidden, Set })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The body the flags give (only the fields given), checked: unknown fields, server-set fields and bad values are
    /// refused with exit 2, and so is a new PSK WLAN without its passphrase (an update is checked by
    /// <see cref="MergeAuth"/>, once the WLAN's own auth is known). Reads stdin for <c>--psk-stdin</c>.
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="console">For stdin.</param>
    /// <param name="creating">A create, where a PSK WLAN must be given its passphrase here.</param>
    public JsonObject Body(ParseResult parse, Terminal.CliConsole console, bool creating)
    {
        var body = new JsonObject();
        foreach (var text in parse.GetValue(Set) ?? [])
        {
            var (key, value) = InputParsers.SetField(text);
            if (key is "id" or "org_id" or "site_id" or "template_id" or "created_time" or "modified_time" or "for_site" or "msp_id")
            {
                throw CliException.Usage($"--set {key}: {key} is set by the server or by the scope (--site, --template); it cannot be set here.");
            }

            if (!SpecFields.Wlan.Contains(key))
            {
                throw CliException.Usage($"--set {key}: a WLAN has no field '{key}'.", "Fields of a WLAN: " + string.Join(", ", SpecFields.Wlan.Order(StringComparer.Ordinal)) + ".");
            }

            body[key] = value;
        }

        CheckSetValues(body);
        if (parse.GetValue(Ssid) is { } ssid)
        {
            body["ssid"] = CheckSsid(ssid);
        }

        if (parse.GetValue(Auth) is { } auth)
        {
            if (!WlanRules.AuthTypes.Contains(auth))
            {
                throw CliException.Usage($"--auth '{auth}' is not one of open, psk, eap.");
            }

            AuthObject(body)["type"] = auth;
        }

        if (parse.GetValue(PskStdin))
        {
            var type = (string?)AuthObject(body)["type"];
            if (type is not (null or "psk"))
            {
                throw CliException.Usage($"--psk-stdin gives a passphrase, which a WLAN with --auth {type} does not take.");
            }

            AuthObject(body)["type"] = "psk";
            AuthObject(body)["psk"] = Passphrase(console.ReadAllInput());
        }
        else if (creating)
        {
            CheckPassphrase(body, "create");
        }

        if (parse.GetValue(Vlan) is { } vlan)
        {
            if (WlanRules.VlanProblem(vlan) is { } problem)
            {
                throw CliException.Usage($"--vlan {problem}.");
            }

            body["vlan_enabled"] = true;
            body["vlan_id"] = vlan;
        }

        if (parse.GetValue(Bands) is { } bands)
        {
            body["bands"] = BandList(bands);
        }

        if (parse.GetValue(Hidden) is { } hidden)
        {
            body["hide_ssid"] = hidden;
        }

        return body;
    }

    /// <summary>
    /// Lays the <c>auth</c> an update gives over the WLAN's own. Mist's PUT replaces a nested object whole, so
    /// <c>--set auth={"enc_mode":"wpa3"}</c> alone would drop the type and passphrase of a PSK WLAN; merged, only the
    /// fields given change. A new auth type starts afresh (the old type's fields do not apply to it), and a PSK WLAN
    /// left without a passphrase is refused with exit 2 before anything is written.
    /// </summary>
    public static void MergeAuth(JsonObject body, JsonObject existing)
    {
        if (body["auth"] is not JsonObject given)
        {
            return;
        }

        if (existing["auth"] is JsonObject own && ((string?)given["type"] is null || (string?)given["type"] == (string?)own["type"]))
        {
            var merged = own.DeepClone().AsObject();
            foreach (var (key, value) in given)
            {
                merged[key] = value?.DeepClone();
            }

            body["auth"] = merged;
        }

        CheckPassphrase(body, "update");
    }

    private static void CheckPassphrase(JsonObject body, string verb)
    {
        if ((string?)(body["auth"] as JsonObject)?["type"] == "psk" && (body["auth"] as JsonObject)?["psk"] is null)
        {
            throw CliException.Usage($"A PSK WLAN needs its passphrase: pipe it with --psk-stdin (for example: mist wlan {verb} ... --auth psk --psk-stdin < psk.txt). Nothing was changed.");
        }
    }

    // --set reaches every field, but not around the checks the dedicated flags make, nor with a passphrase on the
    // command line (where shell history and the process list keep it).
    private static void CheckSetValues(JsonObject body)
    {
        if (body["ssid"] is { } ssid && (ssid.GetValueKind() != System.Text.Json.JsonValueKind.String || WlanRules.SsidProblem(ssid.GetValue<string>()) is not null))
        {
            throw CliException.Usage($"--set ssid {(ssid.GetValueKind() == System.Text.Json.JsonValueKind.String ? WlanRules.SsidProblem(ssid.GetValue<string>()) : "must be a string")}.");
        }

        if (body["vlan_id"] is JsonValue vlan && vlan.TryGetValue<long>(out var id) && WlanRules.VlanProblem(id) is { } vlanProblem)
        {
            throw CliException.Usage($"--set vlan_id: {vlanProblem}.");
        }

        if (body["auth"] is JsonObject auth && (auth["psk"] is not null || auth["keys"] is not null))
        {
            throw CliException.Usage("--set auth must not carry the passphrase or keys: give a PSK with --psk-stdin, which keeps it out of shell history.");
        }
    }

    private static JsonObject AuthObject(JsonObject body)
    {
        if (body["auth"] is JsonObject auth)
        {
            return auth;
        }

        if (body["auth"] is not null)
        {
            throw CliException.Usage("--set auth must be a JSON object, such as auth={\"type\":\"psk\"}.");
        }

        var created = new JsonObject();
        body["auth"] = created;
        return created;
    }

    private static string CheckSsid(string ssid) =>
        WlanRules.SsidProblem(ssid) is { } problem ? throw CliException.Usage($"--ssid {problem}.") : ssid;

    // `echo` adds a newline, which is not part of the passphrase.
    private static string Passphrase(string input)
    {
        var psk = input.EndsWith("\r\n", StringComparison.Ordinal) ? input[..^2] : input.EndsWith('\n') ? input[..^1] : input;
        return WlanRules.PassphraseProblem(psk) is { } problem
            ? throw CliException.Usage($"The passphrase read from stdin {problem}. Nothing was sent.")
            : psk;
    }

    private static JsonArray BandList(string text)
    {
        var bands = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return WlanRules.BandsProblem(bands) is { } problem
            ? throw CliException.Usage($"--bands '{text}': {problem} (comma-separated).")
            : [.. bands.Distinct().Select(b => (JsonNode)b)];
    }
}

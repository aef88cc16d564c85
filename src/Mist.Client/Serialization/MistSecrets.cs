using System.Text.Json.Nodes;

namespace Mist;

/// <summary>
/// Which fields of Mist objects hold secrets (WLAN PSKs and WEP keys, RADIUS, webhook and OAuth secrets, passwords,
/// API keys and tokens, certificate private keys), and their redaction, for anything that shows or stores objects:
/// tables, JSON output, dry-run bodies, exports.
/// </summary>
/// <remarks>
/// The rule comes from the field names of the spec's component schemas: a field is secret when its name is
/// <c>psk</c>, <c>passphrase</c>, <c>old_passphrase</c>, <c>keys</c> (WEP keys), <c>token</c>, <c>apikey</c>,
/// <c>apitoken</c> or <c>org_apitoken</c>, or ends with
/// <c>secret</c>, <c>password</c>, <c>_psk</c>, <c>_key</c>, <c>_token</c>, <c>keywrap_kek</c> or <c>keywrap_mack</c>;
/// <c>key</c> is secret beside a <c>cert</c> (a private key) or in an API token (beside <c>privileges</c>). Only string
/// values are secret: <c>cleanup_psk: true</c> or <c>passphrase_enabled</c> stay as they are.
/// </remarks>
public static class MistSecrets
{
    /// <summary>What a redacted secret reads: the field stays, so a reader knows a secret is set there.</summary>
    public const string Redacted = "REDACTED";

    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        "psk", "passphrase", "old_passphrase", "keys", "token", "apikey", "apitoken", "org_apitoken", "keywrap_kek", "keywrap_mack",
    };

    private static readonly string[] s_suffixes = ["secret", "password", "_psk", "_key", "_token"];

    /// <summary>Whether the field <paramref name="name"/> of <paramref name="parent"/> holds a secret (see the remarks of <see cref="MistSecrets"/>).</summary>
    /// <param name="name">The field's name as on the wire (<c>psk</c>, <c>secret</c>).</param>
    /// <param name="parent">The object holding it, for the fields whose meaning depends on their siblings (<c>key</c>).</param>
    public static bool IsSecretField(string name, JsonObject? parent = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (s_names.Contains(name) || s_suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return !name.EndsWith("_url", StringComparison.OrdinalIgnoreCase);
        }

        return name.Equals("key", StringComparison.OrdinalIgnoreCase)
            && parent is not null
            && (parent.ContainsKey("cert") || parent.ContainsKey("privileges"));
    }

    /// <summary>
    /// Replaces, in place and at any depth, every secret string of <paramref name="node"/> (and every string of a
    /// secret list, such as WEP <c>keys</c>) with <paramref name="placeholder"/> and returns how many fields it
    /// replaced. Empty strings are left as they are (no secret is set there), so a list keeps its length.
    /// </summary>
    /// <param name="node">An object or array as Mist returns it (a WLAN, a webhook, an export); <c>null</c> does nothing.</param>
    /// <param name="placeholder">What each secret becomes; <see cref="Redacted"/> unless given.</param>
    public static int Redact(JsonNode? node, string placeholder = Redacted)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        switch (node)
        {
            case JsonObject obj:
                var count = 0;
                foreach (var (name, value) in obj.ToList())
                {
                    if (IsSecretField(name, obj) && IsSecretValue(value))
                    {
                        obj[name] = value is JsonArray list
                            ? new JsonArray(list.Select(i => (JsonNode?)JsonValue.Create(IsSecretValue(i) ? placeholder : i!.GetValue<string>())).ToArray())
                            : JsonValue.Create(placeholder);
                        count++;
                    }
                    else
                    {
                        count += Redact(value, placeholder);
                    }
                }

                return count;
            case JsonArray array:
                return array.Sum(item => Redact(item, placeholder));
            default:
                return 0;
        }
    }

    private static bool IsSecretValue(JsonNode? value) => value switch
    {
        JsonValue v => v.TryGetValue<string>(out var s) && s.Length > 0,
        JsonArray a => a.All(i => i is JsonValue v && v.TryGetValue<string>(out _)) && a.Any(IsSecretValue),
        _ => false,
    };
}

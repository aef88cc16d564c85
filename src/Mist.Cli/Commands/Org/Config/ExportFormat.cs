using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Org.Config;

/// <summary>
/// The contract of the export document (docs/schemas/org-export.schema.json): its format name and version, the fields
/// the server manages (kept in the document, listed in it, never compared or sent), and how secrets are left out.
/// </summary>
internal static class ExportFormat
{
    public const string Format = "mist-org-export";

    /// <summary>2 added the configuration collections (org_objects, each site's objects) and the secret placeholders.</summary>
    public const int Version = 2;

    /// <summary>What a secret's value becomes when secrets are left out: apply never sends it, diff never compares it.</summary>
    public const string SecretPlaceholder = "<secret omitted>";

    /// <summary>Fields every object may carry that the server decides: ids, owners, timestamps.</summary>
    public static readonly IReadOnlyList<string> ServerManaged = ["id", "org_id", "site_id", "msp_id", "created_time", "modified_time", "tzoffset", "for_site"];

    /// <summary>A device's (and inventory item's) fields that are its identity, its hardware or its state: not configuration.</summary>
    public static readonly IReadOnlyList<string> DeviceReadOnly = ["mac", "serial", "model", "type", "hw_rev", "sku", "connected"];

    /// <summary>Fields removed outright (not replaced) when secrets are left out: a claim code claims the device into any org.</summary>
    public static readonly IReadOnlyList<string> RemovedSecrets = ["magic"];

    /// <summary>
    /// Whether a field holds a secret: the SDK's rule (<see cref="MistSecrets"/>: PSKs and passphrases, WEP keys,
    /// RADIUS, webhook and OAuth secrets, passwords, API keys and tokens, private keys), and claim codes.
    /// </summary>
    public static bool IsSecretField(string name, JsonObject? parent = null) => name == "magic" || MistSecrets.IsSecretField(name, parent);

    public static bool IsPlaceholder(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text == SecretPlaceholder;

    /// <summary>Replaces every secret's value (a string, or each string of a list such as WEP keys, at any depth) by <see cref="SecretPlaceholder"/>.</summary>
    public static void ReplaceSecrets(JsonNode? node) => MistSecrets.Redact(node, SecretPlaceholder);

    /// <summary>A copy with every secret's value shown as <c>***</c>: what a plan or a diff prints.</summary>
    public static JsonNode? Masked(JsonNode? node, string? key = null, JsonObject? parent = null)
    {
        if (key is not null && IsSecretField(key, parent) && node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            return IsPlaceholder(node) ? node.DeepClone() : JsonValue.Create("***");
        }

        return node switch
        {
            JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Masked(p.Value, p.Key, obj)))),
            JsonArray array when key is not null && IsSecretField(key, parent) => new JsonArray([.. array.Select(i => Masked(i, key, parent))]),
            JsonArray array => new JsonArray([.. array.Select(i => Masked(i))]),
            _ => node?.DeepClone(),
        };
    }
}

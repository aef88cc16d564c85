using System.Text.Json.Nodes;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Org.Config;

/// <summary>
/// An export read for comparison: every object as a <see cref="ConfigEntry"/> with a name-based address, and each
/// object's id mapped to that address, so a reference (<c>template_id</c>, <c>sitegroup_ids</c>, <c>map_id</c>) can
/// be compared, and rewritten for another org, by what it names rather than by an id that differs between orgs.
/// </summary>
internal sealed class ConfigDocument
{
    /// <summary>What an id that names no object of the export becomes: it cannot be matched in another org.</summary>
    public const string UnresolvedReference = "@ref:?";

    /// <summary>How a reference to an object of the export is written once normalised: <c>@ref:site/Paris</c>.</summary>
    public const string ReferencePrefix = "@ref:";

    /// <summary>Org fields that are the org's identity, not its configuration: never compared, never applied.</summary>
    private static readonly string[] s_orgIdentity = ["name", "msp_id", "msp_name", "msp_logo_url", "orggroup_ids"];

    private readonly Dictionary<string, string> _addressOfId = new(StringComparer.OrdinalIgnoreCase);

    private ConfigDocument(JsonObject root)
    {
        Root = root;
    }

    public JsonObject Root { get; }

    public List<ConfigEntry> Entries { get; } = [];

    public Dictionary<string, ConfigEntry> ByAddress { get; } = new(StringComparer.Ordinal);

    /// <summary>The org and site collections the document has (a version 1 export has none): prune only touches these.</summary>
    public HashSet<string> OrgCollections { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SiteCollections { get; } = new(StringComparer.Ordinal);

    public string OrgName => ConfigJson.Text(Root["org"]?["name"]) ?? "(unnamed org)";

    public string? OrgId => ConfigJson.Text(Root["org"]?["id"]);

    /// <summary>Reads an export file; a file that is not one is a usage error (exit 2), before anything is sent.</summary>
    public static ConfigDocument Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.Usage($"Cannot read {path}: {e.Message}");
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException e)
        {
            throw CliException.Usage($"{path} is not JSON: {e.Message}");
        }

        if (root is null || ConfigJson.Text(root["format"]) != ExportFormat.Format)
        {
            throw CliException.Usage($"{path} is not an org export: its \"format\" is not \"{ExportFormat.Format}\" (write one with mist org export).");
        }

        var version = root["version"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
        if (version is < 1 or > ExportFormat.Version)
        {
            throw CliException.Usage($"{path} is an org export of version {root["version"]?.ToJsonString() ?? "(none)"}; this mist reads versions 1 to {ExportFormat.Version}.");
        }

        if (root["org"] is not JsonObject || root["sites"] is not JsonArray)
        {
            throw CliException.Usage($"{path} is not a complete org export: it lacks \"org\" or \"sites\".");
        }

        if (ExportShape.Problems(root) is { Count: > 0 } problems)
        {
            throw CliException.Usage($"{path} is not a valid org export (was it edited?); nothing was sent:\n  " + string.Join("\n  ", problems));
        }

        return From(root);
    }

    public static ConfigDocument From(JsonObject root)
    {
        var document = new ConfigDocument(root);
        document.Index();
        return document;
    }

    /// <summary>
    /// The entry as compared and applied: without the fields the server manages (and, for the org, its identity; for
    /// a site, its nested setting and objects), every id that names an object of the export replaced by
    /// <c>@ref:address</c>, and any other id by <see cref="UnresolvedReference"/>.
    /// </summary>
    public JsonObject Normalized(ConfigEntry entry)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in entry.Value)
        {
            if (!IsIgnored(entry.Kind, key))
            {
                copy[key] = Rewrite(value);
            }
        }

        return copy;
    }

    /// <summary>The address of the object with this id in the export, if any.</summary>
    public string? AddressOf(string id) => _addressOfId.GetValueOrDefault(id);

    private static bool IsIgnored(ConfigKind kind, string key) =>
        ExportFormat.ServerManaged.Contains(key)
        || (kind is ConfigKind.Device or ConfigKind.Inventory && (ExportFormat.DeviceReadOnly.Contains(key) || ExportFormat.RemovedSecrets.Contains(key)))
        || (kind == ConfigKind.Org && s_orgIdentity.Contains(key))
        || (kind == ConfigKind.Site && key is "setting" or "objects");

    private JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Rewrite(p.Value))));
            case JsonArray array:
                return new JsonArray([.. array.Select(Rewrite)]);
            case JsonValue value when value.TryGetValue<string>(out var text) && Guid.TryParseExact(text, "D", out _):
                return _addressOfId.TryGetValue(text, out var address) ? JsonValue.Create(ReferencePrefix + address) : JsonValue.Create(UnresolvedReference);
            default:
                return node?.DeepClone();
        }
    }

    private void Index()
    {
        if (Root["org"] is JsonObject org)
        {
            Add(ConfigKind.Org, "org", null, null, OrgName, org);
        }

        if (Root["org_setting"] is JsonObject orgSetting)
        {
            Add(ConfigKind.OrgSetting, "org/setting", null, null, "setting", orgSetting, indexId: false);
        }

        if (Root["org_objects"] is JsonObject orgObjects)
        {
            AddCollections(orgObjects, "org", null, ConfigKind.OrgObject, OrgCollections);
        }

        foreach (var site in (Root["sites"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var siteName = Unique("site", ConfigJson.Text(site["name"]) ?? ConfigJson.Text(site["id"]) ?? "(unnamed)");
            var siteAddress = "site/" + siteName;
            Add(ConfigKind.Site, siteAddress, null, siteName, siteName, site);
            if (site["setting"] is JsonObject setting)
            {
                Add(ConfigKind.SiteSetting, siteAddress + "/setting", null, siteName, "setting", setting, indexId: false);
            }

            if (site["objects"] is JsonObject objects)
            {
                AddCollections(objects, siteAddress, siteName, ConfigKind.SiteObject, SiteCollections);
            }
        }

        foreach (var (part, kind) in new[] { ("devices", ConfigKind.Device), ("inventory", ConfigKind.Inventory) })
        {
            foreach (var device in (Root[part] as JsonArray ?? []).OfType<JsonObject>())
            {
                var mac = ConfigJson.Text(device["mac"]) ?? "(no mac)";
                Add(kind, $"{(kind == ConfigKind.Device ? "device" : "inventory")}/{mac}", null, null, mac, device, indexId: kind == ConfigKind.Device);
            }
        }
    }

    private void AddCollections(JsonObject collections, string scope, string? siteName, ConfigKind kind, HashSet<string> keys)
    {
        // Templates first: an org WLAN is named by its SSID and its template's name (two templates may both hold "Corp").
        foreach (var (key, items) in collections.OrderBy(p => p.Key == "wlans" ? 1 : 0))
        {
            keys.Add(key);
            foreach (var item in (items as JsonArray ?? []).OfType<JsonObject>())
            {
                var name = Unique($"{scope}/{key}", NameOf(key, item));
                Add(kind, $"{scope}/{key}/{name}", key, siteName, name, item);
            }
        }
    }

    private string NameOf(string collection, JsonObject item)
    {
        var name = ConfigJson.Text(item["name"]) ?? ConfigJson.Text(item["ssid"]) ?? ConfigJson.Text(item["mac"]) ?? "(unnamed)";
        if (collection == "wlans" && ConfigJson.Text(item["template_id"]) is { } templateId && AddressOf(templateId) is { } template)
        {
            return $"{name} @ {template[(template.LastIndexOf('/') + 1)..]}";
        }

        return collection == "wlans" && ConfigJson.Text(item["ssid"]) is { } ssid ? ssid : name;
    }

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Two objects of one name in one collection: the second is "Name #2" (in the export's stable order).</summary>
    private string Unique(string scope, string name)
    {
        var count = _seen[scope + "\n" + name] = _seen.GetValueOrDefault(scope + "\n" + name) + 1;
        return count == 1 ? name : $"{name} #{count}";
    }

    private void Add(ConfigKind kind, string address, string? collection, string? siteName, string name, JsonObject value, bool indexId = true)
    {
        var entry = new ConfigEntry(kind, address, collection, siteName, name, value);
        Entries.Add(entry);
        ByAddress[address] = entry;
        if (indexId && entry.Id is { } id)
        {
            _addressOfId[id] = address;
        }
    }
}

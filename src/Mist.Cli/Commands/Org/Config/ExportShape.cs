using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Org.Config;

/// <summary>
/// The shape an export must have before diff or apply reads it (docs/schemas/org-export.schema.json): a collection
/// that is not a list of objects, a site without a name or a device without a MAC would otherwise be skipped, and
/// with <c>--prune</c> what the file "lacks" would be deleted from the target. Each problem is named by its place.
/// </summary>
internal static class ExportShape
{
    private const int MaxReported = 10;

    public static List<string> Problems(JsonObject root)
    {
        var problems = new List<string>();
        RequireObject(root["org"], "org", problems, needsId: true);
        if (root.ContainsKey("org_setting") && root["org_setting"] is not JsonObject)
        {
            problems.Add("org_setting must be an object");
        }

        Collections(root, "org_objects", "org_objects", problems);
        Each(root["sites"], "sites", problems, (site, at) =>
        {
            if (site["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetValue<string>()))
            {
                problems.Add($"{at}.name must be a site name (text)");
            }

            if (site.ContainsKey("setting") && site["setting"] is not JsonObject)
            {
                problems.Add($"{at}.setting must be an object");
            }

            Collections(site, "objects", at + ".objects", problems);
        });
        foreach (var list in (string[])["devices", "inventory"])
        {
            if (root.ContainsKey(list))
            {
                Each(root[list], list, problems, (device, at) =>
                {
                    if (device["mac"] is not JsonValue mac || mac.GetValueKind() != JsonValueKind.String || !MacAddress.TryNormalize(mac.GetValue<string>(), out _))
                    {
                        problems.Add($"{at}.mac must be a MAC address");
                    }
                });
            }
        }

        return [.. problems.Take(MaxReported)];
    }

    private static void Collections(JsonObject owner, string key, string at, List<string> problems)
    {
        if (!owner.ContainsKey(key))
        {
            return;
        }

        if (owner[key] is not JsonObject collections)
        {
            problems.Add($"{at} must be an object of collections (wlans, templates, ...)");
            return;
        }

        foreach (var (name, items) in collections)
        {
            Each(items, $"{at}.{name}", problems, (item, itemAt) => RequireObject(item, itemAt, problems, needsId: false));
        }
    }

    private static void Each(JsonNode? node, string at, List<string> problems, Action<JsonObject, string> check)
    {
        if (node is not JsonArray array)
        {
            problems.Add($"{at} must be a list");
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item)
            {
                check(item, $"{at}[{i}]");
            }
            else
            {
                problems.Add($"{at}[{i}] must be an object, not {array[i]?.GetValueKind().ToString().ToLowerInvariant() ?? "null"}");
            }
        }
    }

    private static void RequireObject(JsonNode? node, string at, List<string> problems, bool needsId)
    {
        if (node is not JsonObject obj)
        {
            problems.Add($"{at} must be an object");
        }
        else if (needsId && obj["id"] is not JsonValue)
        {
            problems.Add($"{at}.id is missing");
        }
    }
}

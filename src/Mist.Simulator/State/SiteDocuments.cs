using System.Text.Json.Nodes;

namespace Mist.Simulator.State;

/// <summary>The server-owned fields of a new site and of its default setting (shapes from the spec's <c>site</c> and <c>site_setting</c>).</summary>
internal static class SiteDocuments
{
    private static readonly string[] s_templateIds =
    [
        "alarmtemplate_id", "aptemplate_id", "gatewaytemplate_id", "networktemplate_id", "rftemplate_id",
        "secpolicy_id", "sitetemplate_id",
    ];

    /// <summary>A new site from validated client fields; unknown client fields are kept, as Mist does.</summary>
    public static JsonObject NewSite(string id, string orgId, JsonObject fields, double now, int tzOffsetMinutes)
    {
        var site = new JsonObject
        {
            ["id"] = id,
            ["org_id"] = orgId,
            ["name"] = null,
            ["timezone"] = "UTC",
            ["address"] = "",
            ["notes"] = "",
            ["sitegroup_ids"] = new JsonArray(),
        };
        foreach (var templateId in s_templateIds)
        {
            site[templateId] = null;
        }

        foreach (var (key, value) in fields)
        {
            if (!SiteFields.ServerOwned.Contains(key))
            {
                site[key] = value?.DeepClone();
            }
        }

        site["tzoffset"] = tzOffsetMinutes;
        site["created_time"] = now;
        site["modified_time"] = now;
        return site;
    }

    public static JsonObject NewSetting(string id, string siteId, string orgId, double now) => new()
    {
        ["id"] = id,
        ["site_id"] = siteId,
        ["org_id"] = orgId,
        ["auto_upgrade"] = new JsonObject
        {
            ["enabled"] = false,
            ["version"] = "stable",
            ["time_of_day"] = "02:00",
            ["day_of_week"] = "sun",
            ["custom_versions"] = new JsonObject(),
        },
        ["rogue"] = new JsonObject { ["enabled"] = false, ["honeypot_enabled"] = false },
        ["wifi"] = new JsonObject { ["enabled"] = true, ["locate_unconnected"] = false, ["mesh_enabled"] = false },
        ["vna"] = new JsonObject { ["enabled"] = false },
        ["vars"] = new JsonObject(),
        ["config_auto_revert"] = false,
        ["persist_config_on_device"] = false,
        ["created_time"] = now,
        ["modified_time"] = now,
    };
}

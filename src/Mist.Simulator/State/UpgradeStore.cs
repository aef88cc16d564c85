using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Mist.Simulator.Firmware;

namespace Mist.Simulator.State;

/// <summary>
/// Firmware upgrades: site upgrades (<see cref="UpgradePlan"/>, kind <c>site</c>) and org upgrades that group them
/// (kind <c>org</c>). <see cref="Settle"/> writes the new version of every device that finished since the last call.
/// </summary>
internal sealed class UpgradeStore(Database database)
{
    public void Add(UpgradePlan plan, double now) => database.Write(c =>
    {
        Insert(c, plan.Id, plan.OrgId, plan.SiteId, "site", now, plan.ToJson());
        Started(c, plan, now);
        return 0;
    });

    public void AddOrg(string id, string orgId, JsonObject data, IEnumerable<UpgradePlan> plans, double now) => database.Write(c =>
    {
        foreach (var plan in plans)
        {
            Insert(c, plan.Id, plan.OrgId, plan.SiteId, "site", now, plan.ToJson());
            Started(c, plan, now);
        }

        Insert(c, id, orgId, null, "org", now, data, done: true);
        return 0;
    });

    public UpgradePlan? Get(string siteId, string id) =>
        Read("SELECT data FROM upgrades WHERE kind = 'site' AND site_id = @a AND id = @b", siteId, id).Select(UpgradePlan.FromJson).FirstOrDefault();

    public List<UpgradePlan> ForSite(string siteId) =>
        [.. Read("SELECT data FROM upgrades WHERE kind = 'site' AND site_id = @a ORDER BY created_time, id", siteId, "").Select(UpgradePlan.FromJson)];

    public JsonNode? GetOrg(string orgId, string id) =>
        Read("SELECT data FROM upgrades WHERE kind = 'org' AND org_id = @a AND id = @b", orgId, id).FirstOrDefault();

    public List<JsonNode> ForOrg(string orgId) =>
        Read("SELECT data FROM upgrades WHERE kind = 'org' AND org_id = @a ORDER BY created_time, id", orgId, "");

    /// <summary>Stores <paramref name="plan"/> again after a change (a cancel).</summary>
    public void Save(UpgradePlan plan) => database.Write(c =>
    {
        Update(c, plan, done: false);
        return 0;
    });

    /// <summary>
    /// Writes the target version (and a fresh boot time) to every device that finished upgrading by
    /// <paramref name="now"/>, marks finished upgrades done, and returns the stage of each device still in flight
    /// (by MAC), for the stats to show.
    /// </summary>
    public Dictionary<string, (UpgradeStage Stage, int Progress)> Settle(double now, FirmwareOptions f) => database.Write(c =>
    {
        var inFlight = new Dictionary<string, (UpgradeStage, int)>(StringComparer.Ordinal);
        using var command = c.CreateCommand();
        command.CommandText = "SELECT data FROM upgrades WHERE done = 0 AND kind = 'site'";
        var plans = new List<UpgradePlan>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plans.Add(UpgradePlan.FromJson(JsonNode.Parse(reader.GetString(0))!));
            }
        }

        foreach (var plan in plans)
        {
            var changed = false;
            var allFinal = true;
            foreach (var d in plan.Devices)
            {
                var (stage, progress) = plan.StageOf(d, now, f);
                if (stage == UpgradeStage.Upgraded && !d.Applied)
                {
                    SetVersion(c, d.Id, d.To, plan.EndOf(d, f));
                    if (DeviceStore.GetById(c, d.Id) is { } upgraded)
                    {
                        ActivityLog.DeviceEvent(c, upgraded, "UPGRADED", $"Upgraded to {d.To}", plan.EndOf(d, f));
                    }

                    d.Applied = true;
                    changed = true;
                }
                else if (!UpgradePlan.IsFinal(stage))
                {
                    inFlight[d.Mac] = (stage, progress);
                    allFinal = false;
                }
            }

            if (changed || allFinal)
            {
                Update(c, plan, allFinal);
            }
        }

        return inFlight;
    });

    /// <summary>An <c>UPGRADE_BY_USER</c> event for each device the upgrade will take to a new version.</summary>
    private static void Started(SqliteConnection c, UpgradePlan plan, double now)
    {
        foreach (var d in plan.Devices)
        {
            if (!d.Skip && DeviceStore.GetById(c, d.Id) is { } device)
            {
                ActivityLog.DeviceEvent(c, device, "UPGRADE_BY_USER", $"Upgrade to {d.To} requested by an admin", now);
            }
        }
    }

    private List<JsonNode> Read(string sql, string a, string b) => database.Read(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@a", a);
        command.Parameters.AddWithValue("@b", b);
        var rows = new List<JsonNode>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(JsonNode.Parse(reader.GetString(0))!);
        }

        return rows;
    });

    private static void Insert(SqliteConnection c, string id, string orgId, string? siteId, string kind, double now, JsonObject data, bool done = false)
    {
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO upgrades (id, org_id, site_id, kind, done, created_time, data) VALUES (@id, @org, @site, @kind, @done, @now, @data)";
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@org", orgId);
        command.Parameters.AddWithValue("@site", (object?)siteId ?? DBNull.Value);
        command.Parameters.AddWithValue("@kind", kind);
        command.Parameters.AddWithValue("@done", done ? 1 : 0);
        command.Parameters.AddWithValue("@now", now);
        command.Parameters.AddWithValue("@data", data.ToJsonString());
        command.ExecuteNonQuery();
    }

    private static void Update(SqliteConnection c, UpgradePlan plan, bool done)
    {
        using var command = c.CreateCommand();
        command.CommandText = "UPDATE upgrades SET data = @data, done = @done WHERE id = @id";
        command.Parameters.AddWithValue("@id", plan.Id);
        command.Parameters.AddWithValue("@done", done ? 1 : 0);
        command.Parameters.AddWithValue("@data", plan.ToJson().ToJsonString());
        command.ExecuteNonQuery();
    }

    private static void SetVersion(SqliteConnection c, string deviceId, string version, double bootedAt)
    {
        using var command = c.CreateCommand();
        command.CommandText = "UPDATE devices SET version = @version, booted_at = @booted WHERE id = @id";
        command.Parameters.AddWithValue("@id", deviceId);
        command.Parameters.AddWithValue("@version", version);
        command.Parameters.AddWithValue("@booted", bootedAt);
        command.ExecuteNonQuery();
    }
}

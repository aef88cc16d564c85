using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Mist.Simulator.State;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Seeding;

/// <summary>
/// Writes a deterministic data set: the same seed number and sizes give the same ids, names, MACs, serials,
/// claim codes and tokens. Only timestamps follow the clock.
/// </summary>
internal static class Seeder
{
    private const int SampleSize = 20;

    /// <summary>Replaces the whole state with the seeded data set, activity history included, in one transaction.</summary>
    public static SeedResult Seed(Database database, SeedOptions options, int seed, double now) =>
        database.Write(c =>
        {
            var result = SeedWithin(c, options, seed, now, timings: null);
            PendingActivity.Complete(c, timings: null, CancellationToken.None);
            return result;
        });

    /// <summary>
    /// Uses the data set already in the state, or seeds an empty state, in one write transaction: two processes
    /// opening a new file at once seed it once. The activity history is left owed (<see cref="PendingActivity"/>):
    /// the caller completes it in a later transaction.
    /// </summary>
    public static SeedResult OpenOrSeed(Database.WriterHold writer, SeedOptions options, int seed, double now, SeedTimings? timings)
    {
        SeedTimings.Lap? commit = null;
        var result = writer.Write(c =>
        {
            if (Load(c) is { } loaded)
            {
                return loaded;
            }

            var seeded = SeedWithin(c, options, seed, now, timings);
            commit = timings?.Phase("commit");
            return seeded;
        });
        commit?.Dispose();
        return result;
    }

    private static SeedResult SeedWithin(SqliteConnection c, SeedOptions options, int seed, double now, SeedTimings? timings)
    {
        using (timings?.Phase("clear"))
        {
            Execute(c, Schema.Clear);
            Execute(c, Schema.DropDeviceIndexes);
        }

        var result = Write(c, options, seed, now, timings);
        MetaStore.Set(c, MetaStore.SeedKey, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        MetaStore.Set(c, MetaStore.SummaryKey, JsonSerializer.Serialize(result.Summary, SimulatorJsonContext.Default.SeedSummary));
        MetaStore.Set(c, MetaStore.TokensKey, JsonSerializer.Serialize(result.Tokens, SimulatorJsonContext.Default.SeededTokens));
        PendingActivity.Mark(c, options, seed, now);
        return result;
    }

    private static SeedResult? Load(SqliteConnection c)
    {
        var summary = MetaStore.Get(c, MetaStore.SummaryKey);
        var tokens = MetaStore.Get(c, MetaStore.TokensKey);
        if (summary is null || tokens is null)
        {
            return null;
        }

        return new SeedResult(
            JsonSerializer.Deserialize(summary, SimulatorJsonContext.Default.SeedSummary)!,
            JsonSerializer.Deserialize(tokens, SimulatorJsonContext.Default.SeededTokens)!);
    }

    private static SeedResult Write(SqliteConnection c, SeedOptions options, int seed, double now, SeedTimings? timings)
    {
        var lap = timings?.Phase("orgs, sites, tokens; device rows made");
        var random = new Random(seed);
        var mspId = NewId(random);
        var mspName = "Mist Simulator MSP";
        var orgs = new List<SeededOrg>();
        var sites = new List<SeededSite>();
        var devices = new List<SeededDevice>();
        var claimed = new List<string>();
        var deviceCount = options.Orgs * (options.SitesPerOrg * options.DevicesPerSite + options.UnassignedDevicesPerOrg) + 3 + options.UnclaimedDevices;
        using var insert = new DeviceInserter(c, seed, deviceCount);

        var orgIds = Enumerable.Range(0, options.Orgs).Select(_ => NewId(random)).ToArray();
        var otherOrgId = NewId(random);
        var tokens = SeedTokens.Create(c, random, mspId, mspName, orgIds[0], OrgName(0), otherOrgId, "Northwind Traders");

        for (var o = 0; o < options.Orgs; o++)
        {
            var orgId = orgIds[o];
            OrgStore.Insert(c, NewOrg(orgId, OrgName(o), NewId(random), mspId, mspName, now - Days(random, 400, 800)));
            var orgDevices = new List<SeededDevice>();
            for (var s = 0; s < options.SitesPerOrg; s++)
            {
                var place = SeedData.Places[s % SeedData.Places.Length];
                var siteId = NewId(random);
                var siteName = $"{place.City} {s + 1:000}";
                var created = now - Days(random, 30, 400);
                var site = SiteDocuments.NewSite(siteId, orgId, new JsonObject
                {
                    ["name"] = siteName,
                    ["timezone"] = place.Timezone,
                    ["country_code"] = place.Country,
                    ["address"] = $"{s + 1} Main Street, {place.City}",
                    ["latlng"] = new JsonObject { ["lat"] = place.Lat, ["lng"] = place.Lng },
                }, created, Validation.Timezones.OffsetMinutes(place.Timezone, now));
                SiteStore.Insert(c, site, SiteDocuments.NewSetting(NewId(random), siteId, orgId, created));
                if (o == 0 && s == 0)
                {
                    SeedTokens.SaveSiteToken(c, random, tokens.SiteScoped, orgId, OrgName(0), siteId, siteName);
                }

                if (s < SampleSize)
                {
                    sites.Add(new SeededSite(siteId, orgId, siteName));
                }

                var siteCode = SiteCode(s);
                for (var d = 0; d < options.DevicesPerSite; d++)
                {
                    var row = insert.Add(random, orgId, siteId, siteCode, d + 1, now);
                    if (orgDevices.Count < SampleSize) orgDevices.Add(insert.Describe(row));
                    if (o == 0 && claimed.Count < SampleSize) claimed.Add(insert.Describe(row).ClaimCode);
                }
            }

            for (var u = 0; u < options.UnassignedDevicesPerOrg; u++)
            {
                var row = insert.Add(random, orgId, null, null, 0, now);
                if (u < SampleSize / 2) orgDevices.Add(insert.Describe(row));
            }

            devices.AddRange(orgDevices);
            orgs.Add(new SeededOrg(orgId, OrgName(o), options.SitesPerOrg, options.SitesPerOrg * options.DevicesPerSite + options.UnassignedDevicesPerOrg));
        }

        // The neighbour org: outside the MSP, three devices in stock, so claims of its codes fail as "another org".
        OrgStore.Insert(c, NewOrg(otherOrgId, "Northwind Traders", NewId(random), null, null, now - Days(random, 400, 800)));
        var otherCodes = Enumerable.Range(0, 3).Select(_ => insert.Describe(insert.Add(random, otherOrgId, null, null, 0, now)).ClaimCode).ToList();
        var unclaimed = Enumerable.Range(0, options.UnclaimedDevices).Select(_ => insert.Describe(insert.Add(random, null, null, null, 0, now)).ClaimCode).ToList();

        lap?.Dispose();
        using (timings?.Phase("device rows inserted"))
        {
            insert.Flush();
        }

        // The devices' secondary indexes are built with the activity history (PendingActivity), off the start-up's path.

        var summary = new SeedSummary
        {
            Seed = seed,
            MspId = mspId,
            MspName = mspName,
            Orgs = orgs,
            OtherOrg = new SeededOrg(otherOrgId, "Northwind Traders", 0, otherCodes.Count),
            Sites = sites,
            Devices = devices,
            UnclaimedCodes = unclaimed,
            ClaimedCodes = claimed,
            OtherOrgCodes = otherCodes,
            TotalSites = options.Orgs * options.SitesPerOrg,
            TotalDevices = insert.Count,
        };
        return new SeedResult(summary, tokens);
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static string NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (Guid stores this group little-endian)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes).ToString();
    }

    private static string OrgName(int index) =>
        index < SeedData.OrgNames.Length ? SeedData.OrgNames[index] : $"{SeedData.OrgNames[index % SeedData.OrgNames.Length]} {index / SeedData.OrgNames.Length + 1}";

    private static string SiteCode(int siteIndex) => $"s{siteIndex + 1:0000}";

    private static double Days(Random random, int min, int max) => random.Next(min * 86400, max * 86400) + random.Next(0, 1000) / 1000.0;

    private static JsonObject NewOrg(string id, string name, string alarmTemplateId, string? mspId, string? mspName, double created)
    {
        var org = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["alarmtemplate_id"] = alarmTemplateId,
            ["allow_mist"] = true,
            ["session_expiry"] = 1440,
            ["orggroup_ids"] = new JsonArray(),
            ["created_time"] = created,
            ["modified_time"] = created,
        };
        if (mspId is not null)
        {
            org["msp_id"] = mspId;
            org["msp_name"] = mspName;
        }

        return org;
    }
}

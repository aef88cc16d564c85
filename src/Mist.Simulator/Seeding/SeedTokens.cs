using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Seeding;

/// <summary>The seeded API tokens: one per privilege shape the tests and demos need.</summary>
internal static class SeedTokens
{
    private const string KeyAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static SeededTokens Create(
        SqliteConnection c, Random random, string mspId, string mspName, string orgId, string orgName, string otherOrgId, string otherOrgName)
    {
        var orgAdmin = new AdminPrivilege { Scope = "org", Role = "admin", OrgId = orgId, Name = orgName, MspId = mspId, MspName = mspName };
        var tokens = new[]
        {
            User(random, "admin@example.com", "Ada", "Admin", orgAdmin),
            Org(random, "automation (write)", orgAdmin with { Role = "write" }),
            Org(random, "monitoring (read)", orgAdmin with { Role = "read" }),
            User(random, "neighbour@example.com", "Nina", "Neighbour", new AdminPrivilege { Scope = "org", Role = "admin", OrgId = otherOrgId, Name = otherOrgName }),
            User(random, "msp@example.com", "Max", "Provider", new AdminPrivilege { Scope = "msp", Role = "admin", MspId = mspId, Name = mspName, MspName = mspName }),
        };
        foreach (var token in tokens)
        {
            Save(c, token);
        }

        // The site-scoped token's key is drawn now; it is stored by SaveSiteToken once the first site exists.
        return new SeededTokens(tokens[0].Key, tokens[1].Key, tokens[2].Key, tokens[3].Key, tokens[4].Key, NewKey(random));
    }

    /// <summary>Stores the site-scoped token once the first site exists.</summary>
    public static void SaveSiteToken(SqliteConnection c, Random random, string key, string orgId, string orgName, string siteId, string siteName) =>
        Save(c, new ApiToken
        {
            Key = key,
            IsOrgToken = false,
            AdminId = Seeder.NewId(random),
            Email = "site@example.com",
            FirstName = "Sam",
            LastName = "Site",
            Privileges = [new AdminPrivilege { Scope = "site", Role = "admin", SiteId = siteId, Name = siteName, OrgId = orgId, OrgName = orgName }],
        });

    private static ApiToken User(Random random, string email, string first, string last, AdminPrivilege privilege) => new()
    {
        Key = NewKey(random),
        IsOrgToken = false,
        AdminId = Seeder.NewId(random),
        Email = email,
        FirstName = first,
        LastName = last,
        Privileges = [privilege],
    };

    private static ApiToken Org(Random random, string name, AdminPrivilege privilege) => new()
    {
        Key = NewKey(random),
        IsOrgToken = true,
        Name = name,
        Privileges = [privilege],
    };

    private static string NewKey(Random random) =>
        string.Create(64, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = KeyAlphabet[r.Next(KeyAlphabet.Length)];
            }
        });

    private static void Save(SqliteConnection c, ApiToken token)
    {
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO tokens (key, data) VALUES (@key, @data)";
        command.Parameters.AddWithValue("@key", token.Key);
        command.Parameters.AddWithValue("@data", JsonSerializer.Serialize(token, SimulatorJsonContext.Default.ApiToken));
        command.ExecuteNonQuery();
    }
}

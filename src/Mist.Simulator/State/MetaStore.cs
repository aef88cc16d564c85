using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>Key/value facts about the state itself (the seed, its summary and tokens).</summary>
internal static class MetaStore
{
    public const string SeedKey = "seed";
    public const string SummaryKey = "seed_summary";
    public const string TokensKey = "seed_tokens";

    public static string? Get(SqliteConnection c, string key)
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        return command.ExecuteScalar() as string;
    }

    public static void Set(SqliteConnection c, string key, string value)
    {
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@value", value);
        command.ExecuteNonQuery();
    }

    public static void Delete(SqliteConnection c, string key)
    {
        using var command = c.CreateCommand();
        command.CommandText = "DELETE FROM meta WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        command.ExecuteNonQuery();
    }
}

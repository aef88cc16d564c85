using System.Text.Json;
using Mist.Simulator.Wire;

namespace Mist.Simulator.State;

/// <summary>Looks up API tokens; the seed writes them, so a second process sharing the file knows the same tokens.</summary>
internal sealed class TokenStore(Database database)
{
    public ApiToken? Find(string key) => database.Read(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT data FROM tokens WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        return command.ExecuteScalar() is string json
            ? JsonSerializer.Deserialize(json, SimulatorJsonContext.Default.ApiToken)
            : null;
    });
}

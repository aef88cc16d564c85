using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

internal static class SqliteExtensions
{
    /// <summary>Rows changed by the last statement on this connection.</summary>
    public static long Changes(this SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT changes()";
        return (long)command.ExecuteScalar()!;
    }
}

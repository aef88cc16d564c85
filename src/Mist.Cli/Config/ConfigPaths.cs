using Mist.Cli.Terminal;

namespace Mist.Cli.Config;

/// <summary>Where the CLI keeps its files: the profile file in the user's config directory, simulator state in the state directory.</summary>
internal static class ConfigPaths
{
    public static string ConfigFile(CliConsole console) => Path.Combine(ConfigDirectory(console), "config.json");

    public static string SimulatorState(CliConsole console) => Path.Combine(StateDirectory(console), "simulator.db");

    /// <summary>The SQLite file and its write-ahead log and shared-memory companions.</summary>
    public static IEnumerable<string> SimulatorStateFiles(string path) => [path, path + "-wal", path + "-shm"];

    private static string ConfigDirectory(CliConsole console) =>
        console.GetEnvironment("MIST_CONFIG_DIR")
        ?? Path.Combine(
            console.GetEnvironment("XDG_CONFIG_HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "mist");

    private static string StateDirectory(CliConsole console) =>
        console.GetEnvironment("MIST_STATE_DIR")
        ?? Path.Combine(
            console.GetEnvironment("XDG_STATE_HOME")
                ?? (OperatingSystem.IsWindows()
                    ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state")),
            "mist");
}

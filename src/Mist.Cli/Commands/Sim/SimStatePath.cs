namespace Mist.Cli.Commands.Sim;

/// <summary>Where the simulator keeps its state by default: the user's state directory (XDG on Unix).</summary>
internal static class SimStatePath
{
    public static string Default
    {
        get
        {
            var root = OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Environment.GetEnvironmentVariable("XDG_STATE_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
            return Path.Combine(root, "mist", "simulator.db");
        }
    }

    /// <summary>The SQLite file and its write-ahead log and shared-memory companions.</summary>
    public static IEnumerable<string> Files(string path) => [path, path + "-wal", path + "-shm"];
}

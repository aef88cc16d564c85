using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Config;

/// <summary>
/// Where the CLI keeps its files: the profile file in the user's config directory, simulator state in the state
/// directory. Both are absolute: MIST_CONFIG_DIR / MIST_STATE_DIR (made absolute), else XDG_CONFIG_HOME /
/// XDG_STATE_HOME when absolute, else under the home directory. Without a usable home directory the CLI refuses,
/// naming the variable that moves the directory, rather than writing into whatever the current directory is.
/// </summary>
internal static class ConfigPaths
{
    public const string ConfigVariable = "MIST_CONFIG_DIR";
    public const string StateVariable = "MIST_STATE_DIR";

    public static string ConfigFile(CliConsole console) =>
        Path.Combine(ConfigDirectory(console) ?? throw NoDirectory("configuration (profiles)", ConfigVariable), "config.json");

    /// <summary>The profile file, or null when there is no home directory to look in (then there is no profile).</summary>
    public static string? TryConfigFile(CliConsole console) => ConfigDirectory(console) is { } directory ? Path.Combine(directory, "config.json") : null;

    public static string SimulatorState(CliConsole console) =>
        Path.Combine(StateDirectory(console) ?? throw NoDirectory("embedded simulator's state", StateVariable), "simulator.db");

    /// <summary>The SQLite file and its write-ahead log and shared-memory companions.</summary>
    public static IEnumerable<string> SimulatorStateFiles(string path) => [path, path + "-wal", path + "-shm"];

    /// <summary>A directory that cannot be created or written, as a message naming the path and the variable that moves it.</summary>
    public static CliException NotWritable(string what, string path, string variable, Exception cause) => new(
        $"Cannot write the {what} at {path}: {cause.Message}",
        ExitCodes.Failure,
        $"Set {variable} to a writable directory. Commands that need no local state (--help, --version, and API calls with MIST_API_TOKEN and MIST_HOST) work without it.");

    private static CliException NoDirectory(string what, string variable) => new(
        $"No directory for the {what}: the home directory is not known (HOME is unset, empty or not an absolute path).",
        ExitCodes.Failure,
        $"Set {variable} to an absolute path of a writable directory.");

    private static string? ConfigDirectory(CliConsole console) =>
        Explicit(console, ConfigVariable)
        ?? Under(Absolute(console.GetEnvironment("XDG_CONFIG_HOME")) ?? (OperatingSystem.IsWindows()
            ? Absolute(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify))
            : Under(Home(console), ".config")));

    private static string? StateDirectory(CliConsole console) =>
        Explicit(console, StateVariable)
        ?? Under(Absolute(console.GetEnvironment("XDG_STATE_HOME")) ?? (OperatingSystem.IsWindows()
            ? Absolute(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify))
            : Under(Under(Home(console), ".local"), "state")));

    private static string? Explicit(CliConsole console, string variable) =>
        console.GetEnvironment(variable) is { } path ? Path.GetFullPath(path) : null;

    // HOME as the command sees it; when unset, .NET asks the user database (DoNotVerify: a missing directory is still a path).
    private static string? Home(CliConsole console) =>
        Absolute(console.GetEnvironment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify));

    private static string? Absolute(string? path) => path is { Length: > 0 } && Path.IsPathFullyQualified(path) ? path : null;

    private static string? Under(string? parent, string child = "mist") => parent is null ? null : Path.Combine(parent, child);
}

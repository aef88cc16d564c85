using System.Text.Json;
using Mist.Cli.Errors;

namespace Mist.Cli.Config;

/// <summary>
/// Reads and writes the profile file. It holds tokens, so it is created with mode 0600, written atomically, and
/// refused when group or others can read it.
/// </summary>
internal sealed class ProfileStore(string path)
{
    public const string DefaultProfile = "default";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public string Path { get; } = path;

    public ConfigFile Load()
    {
        if (!File.Exists(Path))
        {
            return new ConfigFile();
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(Path) & GroupOrOther) != 0)
        {
            throw CliException.Auth(
                $"Refusing to read {Path}: other users can read it, and it holds API tokens.",
                $"Fix it with: chmod 600 '{Path}'");
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(Path), CliJsonContext.Default.ConfigFile) ?? new ConfigFile();
        }
        catch (JsonException e)
        {
            throw new CliException($"{Path} is not a valid mist config file: {e.Message}", ExitCodes.Failure, "Fix it by hand, or remove it and run `mist auth login` again.");
        }
    }

    public void Save(ConfigFile config)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".config.{Environment.ProcessId}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, config, CliJsonContext.Default.ConfigFile);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}

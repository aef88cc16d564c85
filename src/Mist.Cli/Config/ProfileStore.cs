using System.Text.Json;
using Mist.Cli.Errors;

namespace Mist.Cli.Config;

/// <summary>
/// Reads and writes the profile file. It holds tokens, so it is created with mode 0600, written atomically through
/// a randomly named new file, and refused when group or others can read it or when it is a symbolic link.
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
        RefuseLink();
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

    /// <summary>
    /// Writes the file atomically without ever following a link: a temporary file under a random name is created
    /// new (O_CREAT|O_EXCL, so a planted file or symlink makes it fail) with mode 0600 from the start, its mode is
    /// checked, and it is renamed over the profile. A config folder that group or others can write, and a profile
    /// that is a symbolic link, are refused first, as ssh refuses them, with the command that fixes them.
    /// </summary>
    public void Save(ConfigFile config)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ConfigPaths.NotWritable("configuration (profiles)", directory, ConfigPaths.ConfigVariable, e);
        }

        if (!OperatingSystem.IsWindows())
        {
            CheckDirectory(directory);
        }

        RefuseLink();
        var temporary = System.IO.Path.Combine(directory, $".config.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        var created = false;
        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                created = true;
                if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(stream.SafeFileHandle) & GroupOrOther) != 0)
                {
                    throw CliException.Auth($"Refusing to write tokens to {temporary}: it was not created readable by you alone.");
                }

                JsonSerializer.Serialize(stream, config, CliJsonContext.Default.ConfigFile);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        catch when (created)
        {
            // Only a file this call created is removed; a name that was already taken was never ours.
            File.Delete(temporary);
            throw;
        }
    }

    // A folder others can write lets them plant or swap files beside the profile.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void CheckDirectory(string directory)
    {
        var info = new DirectoryInfo(directory);
        if (info.LinkTarget is not null)
        {
            throw CliException.Auth(
                $"Refusing to write API tokens into {directory}: it is a symbolic link to {info.LinkTarget}.",
                $"Point MIST_CONFIG_DIR at a real folder of yours, or replace the link with one: rm '{directory}' && mkdir -m 700 '{directory}'");
        }

        if ((File.GetUnixFileMode(directory) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
        {
            throw CliException.Auth(
                $"Refusing to write API tokens into {directory}: group or other users can write to that folder.",
                $"Fix it with: chmod go-w '{directory}'");
        }
    }

    private void RefuseLink()
    {
        if (new FileInfo(Path).LinkTarget is { } target)
        {
            throw CliException.Auth(
                $"Refusing to use {Path}: it is a symbolic link (to {target}), and it holds API tokens.",
                $"Remove the link and log in again: rm '{Path}' && mist auth login");
        }
    }
}

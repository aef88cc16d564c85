using System.Runtime.Versioning;
using Mist.Cli.Config;
using Mist.Cli.Errors;

namespace Mist.Cli.Tests.Hostile;

/// <summary>
/// Issue 12, item 7: the profile (it holds tokens) is never written through a planted link, never into a folder
/// others can write, and is readable by its owner alone from the moment it exists.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ProfileStoreTests : IDisposable
{
    private const string Token = "tok_profile_SECRET_1234";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mist-profile-tests", Guid.NewGuid().ToString("N"));

    public ProfileStoreTests() => Directory.CreateDirectory(_root);

    private string ConfigDir => Path.Combine(_root, "config");

    private string ProfilePath => Path.Combine(ConfigDir, "config.json");

    private static ConfigFile Config() => new()
    {
        CurrentProfile = "default",
        Profiles = { ["default"] = new Profile { Host = "global01", Token = Token } },
    };

    [Fact]
    public void A_saved_profile_is_mode_0600_and_leaves_no_temporary_file()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix modes only.");
        new ProfileStore(ProfilePath).Save(Config());

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ProfilePath));
        Assert.Equal(0, (int)(File.GetUnixFileMode(ConfigDir) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)));
        Assert.Equal(["config.json"], Directory.GetFiles(ConfigDir).Select(Path.GetFileName));
        Assert.Equal(Token, new ProfileStore(ProfilePath).Load().Profiles["default"].Token);
    }

    [Fact]
    public void Links_planted_at_the_old_predictable_temporary_names_receive_nothing()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix modes only.");
        Directory.CreateDirectory(ConfigDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var stolen = Path.Combine(_root, "stolen");
        for (var pid = Environment.ProcessId - 2; pid <= Environment.ProcessId + 2; pid++)
        {
            File.CreateSymbolicLink(Path.Combine(ConfigDir, $".config.{pid}.tmp"), stolen);
        }

        new ProfileStore(ProfilePath).Save(Config());

        Assert.False(File.Exists(stolen));
        Assert.Null(new FileInfo(ProfilePath).LinkTarget);
    }

    [Fact]
    public void A_config_folder_others_can_write_is_refused_with_the_chmod_fix()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix modes only.");
        Directory.CreateDirectory(ConfigDir);
        File.SetUnixFileMode(ConfigDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

        var error = Assert.Throws<CliException>(() => new ProfileStore(ProfilePath).Save(Config()));

        Assert.Equal(4, error.ExitCode);
        Assert.Contains("group or other users can write", error.Message, StringComparison.Ordinal);
        Assert.Contains($"chmod go-w '{ConfigDir}'", error.Hint, StringComparison.Ordinal);
        Assert.False(File.Exists(ProfilePath));
    }

    [Fact]
    public void A_profile_that_is_a_symbolic_link_is_neither_read_nor_replaced()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix modes only.");
        Directory.CreateDirectory(ConfigDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var elsewhere = Path.Combine(_root, "elsewhere.json");
        File.WriteAllText(elsewhere, "{}");
        File.CreateSymbolicLink(ProfilePath, elsewhere);

        var save = Assert.Throws<CliException>(() => new ProfileStore(ProfilePath).Save(Config()));
        var load = Assert.Throws<CliException>(() => new ProfileStore(ProfilePath).Load());

        Assert.Contains("symbolic link", save.Message, StringComparison.Ordinal);
        Assert.Contains($"rm '{ProfilePath}'", save.Hint, StringComparison.Ordinal);
        Assert.Contains("symbolic link", load.Message, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(elsewhere));
        Assert.NotNull(new FileInfo(ProfilePath).LinkTarget);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

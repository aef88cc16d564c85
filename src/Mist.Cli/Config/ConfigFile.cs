namespace Mist.Cli.Config;

/// <summary>The profile file: <c>{"current_profile": "default", "profiles": {"default": {...}}}</c>.</summary>
internal sealed record ConfigFile
{
    public string? CurrentProfile { get; init; }

    public Dictionary<string, Profile> Profiles { get; init; } = new(StringComparer.Ordinal);
}

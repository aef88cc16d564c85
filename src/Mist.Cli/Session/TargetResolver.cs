using System.CommandLine;
using Mist.Cli.Config;
using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Session;

/// <summary>
/// Decides where a command goes, before anything is sent: flags over environment (MIST_API_TOKEN or
/// MIST_APITOKEN, MIST_HOST, MIST_ORG_ID, MIST_PROFILE) over the profile file; the embedded simulator with
/// <c>--sim</c> or when no credential is configured anywhere.
/// </summary>
internal static class TargetResolver
{
    public static MistTarget Resolve(ParseResult parse, CliConsole console)
    {
        var hostFlag = parse.GetValue(GlobalOptions.Host);
        var org = parse.GetValue(GlobalOptions.Org) ?? console.GetEnvironment("MIST_ORG_ID");
        if (parse.GetValue(GlobalOptions.Sim))
        {
            return new MistTarget(MistCloud.Global01, null, org, UseSimulator: true, "--sim");
        }

        var profileName = parse.GetValue(GlobalOptions.Profile) ?? console.GetEnvironment("MIST_PROFILE");
        // Without a home directory there is no profile, and a token from the environment still works.
        var path = ConfigPaths.TryConfigFile(console);
        var store = path is null ? null : new ProfileStore(path);
        var config = store?.Load() ?? new ConfigFile();
        profileName ??= config.CurrentProfile ?? ProfileStore.DefaultProfile;
        config.Profiles.TryGetValue(profileName, out var profile);
        if (profile is null && (parse.GetValue(GlobalOptions.Profile) ?? console.GetEnvironment("MIST_PROFILE")) is { } asked)
        {
            throw CliException.Usage($"No profile named '{asked}' in {store?.Path ?? "(no config directory: HOME is not set; see MIST_CONFIG_DIR)"}.", $"Profiles: {(config.Profiles.Count == 0 ? "none" : string.Join(", ", config.Profiles.Keys))}.");
        }

        var envToken = console.GetEnvironment("MIST_API_TOKEN") ?? console.GetEnvironment("MIST_APITOKEN");
        var token = envToken ?? profile?.Token;
        var host = hostFlag ?? console.GetEnvironment("MIST_HOST") ?? profile?.Host;
        var cloud = ParseCloud(host);
        if (token is null)
        {
            if (hostFlag is not null || console.GetEnvironment("MIST_HOST") is not null)
            {
                throw CliException.Auth(
                    $"No API token for {cloud}.",
                    "Run `mist auth login`, or set MIST_API_TOKEN; add --sim to use the embedded simulator instead.");
            }

            return new MistTarget(cloud, null, org, UseSimulator: true, "no credential configured");
        }

        MistCredential credential;
        try
        {
            credential = new MistCredential(token);
        }
        catch (ArgumentException e)
        {
            var where = envToken is not null ? "The token in MIST_API_TOKEN" : $"The token of profile '{profileName}'";
            throw CliException.Auth($"{where} is not usable: {e.Message.Replace(" (Parameter 'tokens')", string.Empty, StringComparison.Ordinal)}");
        }

        var source = envToken is not null ? "environment (MIST_API_TOKEN)" : $"profile '{profileName}' in {store!.Path}";
        return new MistTarget(cloud, credential, org ?? profile?.Org, UseSimulator: false, source);
    }

    /// <summary>
    /// Like <see cref="Resolve"/>, but a host without a token is a target with no credential (for servers whose
    /// clients bring their own) instead of an error.
    /// </summary>
    public static MistTarget ResolveOptionalCredential(ParseResult parse, CliConsole console)
    {
        try
        {
            return Resolve(parse, console);
        }
        catch (CliException) when (parse.GetValue(GlobalOptions.Host) is not null || console.GetEnvironment("MIST_HOST") is not null)
        {
            var host = parse.GetValue(GlobalOptions.Host) ?? console.GetEnvironment("MIST_HOST");
            return new MistTarget(ParseCloud(host), null, parse.GetValue(GlobalOptions.Org), UseSimulator: false, "no credential: each request brings its own");
        }
    }

    public static MistCloud ParseCloud(string? host)
    {
        if (host is null)
        {
            return MistCloud.Global01;
        }

        return MistCloud.TryParse(host, out var cloud, out var error) ? cloud : throw CliException.Usage(error);
    }
}

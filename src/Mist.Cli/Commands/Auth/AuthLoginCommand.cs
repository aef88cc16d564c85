using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Config;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Auth;

/// <summary>
/// <c>mist auth login [--token-stdin] [--host HOST]</c>: reads a token, checks it with <c>GET /self</c> on that
/// cloud, and only then saves it (with the host) to the profile file, which is created 0600.
/// </summary>
internal sealed class AuthLoginCommand : MistCommand
{
    private readonly Option<bool> _tokenStdin = new("--token-stdin") { Description = "Read the token from standard input instead of a prompt." };

    // Caught only to refuse it without repeating the value: a token on the command line leaks into shell history.
    private readonly Option<string?> _tokenFlag = new("--token") { Hidden = true };
    private readonly Argument<string[]> _stray = new("stray") { Hidden = true, Arity = ArgumentArity.ZeroOrMore };

    public AuthLoginCommand(CliApp app)
        : base(app, "login", "Save an API token for a Mist cloud (choose it with --host; default global01) in a profile.")
    {
        Options.Add(_tokenStdin);
        Options.Add(_tokenFlag);
        Arguments.Add(_stray);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var console = context.Console;
        if (parse.GetValue(_tokenFlag) is not null || parse.GetValue(_stray) is { Length: > 0 })
        {
            throw CliException.Usage(
                "auth login takes no token on the command line (it would stay in your shell history); nothing was saved.",
                "Paste it at the prompt, or pipe it: mist auth login --token-stdin < token.txt");
        }

        if (parse.GetValue(GlobalOptions.Sim))
        {
            throw CliException.Usage("The embedded simulator needs no login; drop --sim to log in to a Mist cloud.");
        }

        // The file is read first: an unsafe or broken profile file stops the login before a token is asked for or sent.
        var store = new ProfileStore(ConfigPaths.ConfigFile(console));
        var config = store.Load();
        var profileName = AuthProfiles.Name(parse, console, config);
        config.Profiles.TryGetValue(profileName, out var existing);
        var cloud = TargetResolver.ParseCloud(parse.GetValue(GlobalOptions.Host) ?? console.GetEnvironment("MIST_HOST") ?? existing?.Host);
        var token = TokenReader.Read(console, parse.GetValue(_tokenStdin), AuthProfiles.Describe(cloud));
        MistCredential credential;
        try
        {
            credential = new MistCredential(token);
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage($"{e.Message.Replace(" (Parameter 'tokens')", string.Empty, StringComparison.Ordinal)} Nothing was sent or saved.");
        }

        using var client = AuthClient.Create(cloud, credential, parse, console);
        SelfInfo self;
        try
        {
            self = await client.Self.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MistAuthenticationException)
        {
            throw CliException.Auth(
                $"{AuthProfiles.Describe(cloud)} rejected the token (401 Unauthorized); nothing was saved.",
                "Check that you copied the whole token, and that it belongs to this cloud (choose another with --host, e.g. --host eu).");
        }

        var orgs = await client.Self.ListOrgsAsync(cancellationToken).ConfigureAwait(false);
        var keepOrg = existing?.Org is { } org && orgs.Any(o => o.Id.ToString() == org || string.Equals(o.Name, org, StringComparison.OrdinalIgnoreCase)) ? org : null;
        var othersHaveTokens = config.Profiles.Any(p => p.Key != profileName && p.Value.Token is not null);
        config.Profiles[profileName] = new Profile { Host = AuthProfiles.HostValue(cloud), Token = token, Org = keepOrg };
        config = config with { CurrentProfile = config.CurrentProfile ?? (othersHaveTokens ? null : profileName) };
        if (context.DryRun)
        {
            context.Output.Notice($"Dry run: the token works, and was not saved to profile '{profileName}' in {store.Path}.");
        }
        else
        {
            store.Save(config);
        }

        Report(context, cloud, self, orgs, profileName, store.Path);
        return ExitCodes.Success;
    }

    private static void Report(CommandContext context, MistCloud cloud, SelfInfo self, IReadOnlyList<ReachableOrg> orgs, string profileName, string path)
    {
        var output = context.Output;
        output.Notice($"✓ Logged in to {AuthProfiles.Describe(cloud)} as {AuthProfiles.Who(self)}.");
        if (!context.DryRun)
        {
            output.Notice($"Saved to profile '{profileName}' in {path} (readable only by you).");
        }

        output.Notice(orgs.Count switch
        {
            0 => "Warning: the token reaches no org; check its privileges in the Mist portal.",
            1 => $"Org: {orgs[0].Name} ({orgs[0].Id}, {orgs[0].Role}); commands use it without --org.",
            _ => $"The token reaches {orgs.Count} orgs; choose one per command with --org (id or name) or MIST_ORG_ID. See `mist org list`.",
        });
        if (context.Console.GetEnvironment("MIST_API_TOKEN") is not null || context.Console.GetEnvironment("MIST_APITOKEN") is not null)
        {
            output.Notice("Note: MIST_API_TOKEN is set in your environment and takes precedence over the saved profile.");
        }

        if (output.Options.Format != OutputFormat.Table)
        {
            output.WriteItem(
                new JsonObject
                {
                    ["profile"] = profileName,
                    ["host"] = AuthProfiles.HostValue(cloud),
                    ["config_file"] = path,
                    ["saved"] = !context.DryRun,
                    ["user"] = AuthIdentity.ToJson(self),
                    ["orgs"] = AuthIdentity.ToJson(orgs),
                },
                ResourceView.Any);
        }
    }
}

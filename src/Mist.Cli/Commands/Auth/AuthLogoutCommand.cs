using System.Text.Json.Nodes;
using Mist.Cli.Config;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Auth;

/// <summary>
/// <c>mist auth logout</c>: removes the profile's token from the profile file (its host and org stay, so the next
/// login goes to the same cloud). Logging out of a profile with no token changes nothing and is not an error.
/// </summary>
internal sealed class AuthLogoutCommand(CliApp app)
    : MistCommand(app, "logout", "Remove the saved token of the profile (--profile, MIST_PROFILE or the current one).")
{
    protected override Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var store = new ProfileStore(ConfigPaths.ConfigFile(console));
        var config = store.Load();
        var name = AuthProfiles.Name(context.Parse, console, config);
        var removed = config.Profiles.TryGetValue(name, out var profile) && profile.Token is not null;
        if (removed)
        {
            var kept = profile! with { Token = null };
            if (kept.Host is null && kept.Org is null)
            {
                config.Profiles.Remove(name);
            }
            else
            {
                config.Profiles[name] = kept;
            }

            if (context.DryRun)
            {
                context.Output.Notice($"Dry run: would remove the token of profile '{name}' ({profile!.Host ?? "global01"}) from {store.Path}.");
            }
            else
            {
                store.Save(config);
                context.Output.Notice($"✓ Removed the token of profile '{name}' ({profile!.Host ?? "global01"}) from {store.Path}.");
            }
        }
        else
        {
            context.Output.Notice($"Profile '{name}' has no saved token in {store.Path}; nothing was removed.");
        }

        if (console.GetEnvironment("MIST_API_TOKEN") is not null || console.GetEnvironment("MIST_APITOKEN") is not null)
        {
            context.Output.Notice("MIST_API_TOKEN is still set in your environment; commands keep using it until you unset it.");
        }

        if (context.Output.Options.Format != OutputFormat.Table)
        {
            context.Output.WriteItem(
                new JsonObject { ["profile"] = name, ["config_file"] = store.Path, ["removed"] = removed && !context.DryRun },
                ResourceView.Any);
        }

        return Task.FromResult(ExitCodes.Success);
    }
}

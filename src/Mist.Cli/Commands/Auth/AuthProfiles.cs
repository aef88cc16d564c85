using System.CommandLine;
using Mist.Cli.Config;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Auth;

/// <summary>Which profile <c>auth login</c> and <c>auth logout</c> act on, and how a cloud is named to people.</summary>
internal static class AuthProfiles
{
    /// <summary>--profile, then MIST_PROFILE, then the file's current profile, then "default": the same order as every other command.</summary>
    public static string Name(ParseResult parse, CliConsole console, ConfigFile config) =>
        parse.GetValue(GlobalOptions.Profile)
        ?? console.GetEnvironment("MIST_PROFILE")
        ?? config.CurrentProfile
        ?? ProfileStore.DefaultProfile;

    /// <summary>The value saved as the profile's host: a cloud's short name, or the URL of any other endpoint.</summary>
    public static string HostValue(MistCloud cloud) => cloud.Name ?? cloud.BaseAddress.ToString();

    public static string Describe(MistCloud cloud) =>
        cloud.IsKnownCloud ? $"{cloud.DisplayName} ({cloud.Host})" : cloud.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Who a token belongs to, in words: the admin's email, or the org token's name.</summary>
    public static string Who(SelfInfo self)
    {
        var person = string.Join(' ', new[] { self.FirstName, self.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        return self.Email is { } email
            ? person.Length > 0 ? $"{email} ({person})" : email
            : self.Name is { } name ? $"org token '{name}'" : "an API token";
    }
}

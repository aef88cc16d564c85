using System.CommandLine;

namespace Mist.Cli.Commands.Auth;

/// <summary><c>mist auth</c>: the API token, saved in a profile.</summary>
internal sealed class AuthCommand : Command
{
    public AuthCommand(CliApp app)
        : base("auth", "Log in to a Mist cloud with an API token, show who you are, log out.")
    {
        Subcommands.Add(new AuthLoginCommand(app));
        Subcommands.Add(new AuthStatusCommand(app));
        Subcommands.Add(new AuthLogoutCommand(app));
    }
}

using System.CommandLine;
using Microsoft.Extensions.Logging;
using Mist.Cli.Session;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Auth;

/// <summary>
/// A client for a token that is not saved yet (<c>auth login</c> checks it before saving), built like the
/// session's client: same application id, same <c>--verbose</c> trace.
/// </summary>
internal static class AuthClient
{
    public static MistClient Create(MistCloud cloud, MistCredential credential, ParseResult parse, CliConsole console)
    {
        var options = new MistClientOptions { Cloud = cloud, ApplicationId = $"mist-cli/{SessionFactory.Version}" };
        if (parse.GetValue(GlobalOptions.Verbose))
        {
            options.LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new StderrLoggerProvider(console.Error)));
        }

        return new MistClient(credential, options);
    }
}

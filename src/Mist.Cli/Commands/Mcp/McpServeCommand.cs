using System.CommandLine;
using System.Net;
using Mist.Cli.Config;
using Mist.Cli.Errors;
using Mist.Cli.Session;
using Mist.Mcp;

namespace Mist.Cli.Commands.Mcp;

/// <summary>
/// <c>mist mcp serve [--allow-writes] [--http [--port P] [--bind ADDR]]</c>: MCP over stdio (stdout carries only the
/// protocol) with the same credential resolution as every other command, the embedded simulator when none is
/// configured; or over Streamable HTTP on 127.0.0.1, where each request brings its own Mist token.
/// </summary>
internal sealed class McpServeCommand : MistCommand
{
    private static readonly Option<bool> s_allowWrites = new("--allow-writes") { Description = "Also offer the write tools (create, update, delete, claim, assign, restart...); also MIST_MCP_ALLOW_WRITES=1." };
    private static readonly Option<bool> s_http = new("--http") { Description = "Serve MCP Streamable HTTP at http://127.0.0.1:PORT/mcp instead of stdio; each request sends its Mist token as Authorization: Bearer." };
    private static readonly Option<int> s_port = new("--port") { Description = "With --http: the TCP port (0 picks a free one).", DefaultValueFactory = _ => 8765 };
    private static readonly Option<string?> s_bind = new("--bind") { Description = "With --http: the address to listen on instead of 127.0.0.1 (a warning: anyone who can reach it can use the tools with their token)." };
    private static readonly Option<bool> s_useConfigured = new("--use-configured-credential") { Description = "With --http: requests without an Authorization header use this machine's configured credential." };
    private static readonly Option<string[]> s_allowedOrigins = new("--allowed-origin") { Description = "With --http: a browser origin (scheme://host:port) allowed besides loopback ones; repeatable.", AllowMultipleArgumentsPerToken = false };
    private static readonly Option<int> s_confirmTimeout = new("--confirm-timeout") { Description = "Seconds a confirmation may wait for the user before the tool gives up with nothing sent.", DefaultValueFactory = _ => 300 };

    public McpServeCommand(CliApp app)
        : base(app, "serve", "Serve the Mist tools over stdio, or Streamable HTTP with --http (read-only unless --allow-writes).")
    {
        foreach (var option in new Option[] { s_allowWrites, s_http, s_port, s_bind, s_useConfigured, s_allowedOrigins, s_confirmTimeout })
        {
            Options.Add(option);
        }
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var http = parse.GetValue(s_http);
        var port = parse.GetValue(s_port);
        if (port is < 0 or > 65535)
        {
            throw CliException.Usage($"--port must be from 0 to 65535; {port} was given.");
        }

        var confirmTimeout = parse.GetValue(s_confirmTimeout);
        if (confirmTimeout is < 1 or > 86_400)
        {
            throw CliException.Usage($"--confirm-timeout must be from 1 to 86400 seconds; {confirmTimeout} was given.");
        }

        IPAddress? bind = null;
        if (parse.GetValue(s_bind) is { } bindText && !IPAddress.TryParse(bindText, out bind))
        {
            throw CliException.Usage($"--bind must be an IP address such as 127.0.0.1 or 0.0.0.0; '{bindText}' is not one.");
        }

        if (!http && (parse.GetValue(s_bind) is not null || parse.GetValue(s_useConfigured) || parse.GetResult(s_port) is { Implicit: false } || parse.GetValue(s_allowedOrigins) is { Length: > 0 }))
        {
            throw CliException.Usage("--port, --bind, --use-configured-credential and --allowed-origin go with --http.");
        }

        // An agent's tool call should not hang for the rest of the hour: wait a minute at most, then say when to retry.
        static void ForAgents(MistClientOptions options)
        {
            options.RateBudget.MaxWait = TimeSpan.FromMinutes(1);
            options.ReportWaitsToAgents();
        }

        // Over HTTP each request brings its token, so a host without a configured token is enough.
        var target = http ? TargetResolver.ResolveOptionalCredential(parse, context.Console) : null;
        var session = target is { Credential: null, UseSimulator: false } ? null : await context.GetSessionAsync(cancellationToken, ForAgents).ConfigureAwait(false);
        var isSimulator = session?.IsSimulator ?? false;
        var options = new MistMcpOptions
        {
            Client = session?.Client,
            AllowWrites = parse.GetValue(s_allowWrites) || context.Console.GetEnvironment("MIST_MCP_ALLOW_WRITES") == "1",
            IsSimulator = isSimulator,
            SimulatorStatePath = isSimulator ? ConfigPaths.SimulatorState(context.Console) : null,
            ConfirmationTimeout = TimeSpan.FromSeconds(confirmTimeout),
        };
        if (parse.GetValue(s_useConfigured) && session is null)
        {
            throw CliException.Auth("--use-configured-credential: no credential is configured.", "Run `mist auth login`, or set MIST_API_TOKEN.");
        }

        if (!http)
        {
            await MistMcpServer.RunStdioAsync(options, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (bind is not null && !IPAddress.IsLoopback(bind))
        {
            context.Console.Error.WriteLine($"warning: listening on {bind}, not only on this machine: anyone who can reach it can call the tools with their own Mist token.");
        }

        await MistMcpServer.RunHttpAsync(
            options,
            new MistMcpHttpOptions
            {
                Bind = bind ?? IPAddress.Loopback,
                Port = port,
                DefaultCloud = session?.Client.Cloud ?? target!.Cloud,
                // The embedded simulator's sample data is no one's secret: requests without a token may use it.
                UseConfiguredCredential = parse.GetValue(s_useConfigured) || isSimulator,
                AllowedOrigins = parse.GetValue(s_allowedOrigins) ?? [],
                CreateClient = (credential, cloud) =>
                {
                    var clientOptions = SessionFactory.ClientOptions(parse, context.Console, context.Time, cloud);
                    ForAgents(clientOptions);
                    return new MistClient(credential, clientOptions);
                },
                OnListening = endpoint => context.Console.Error.WriteLine($"MCP Streamable HTTP on {endpoint} (Authorization: Bearer <Mist API token>; Ctrl-C stops)."),
            },
            cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Mist.Cli.Commands.Api;
using Mist.Cli.Commands.Auth;
using Mist.Cli.Commands.Mcp;
using Mist.Cli.Commands.Device;
using Mist.Cli.Commands.Inventory;
using Mist.Cli.Commands.Org;
using Mist.Cli.Commands.Sim;
using Mist.Cli.Commands.Site;

namespace Mist.Cli;

/// <summary>The <c>mist</c> command tree and its entry point.</summary>
internal static class MistCli
{
    /// <summary>
    /// How every command line is parsed. Response files are off: System.CommandLine would otherwise read any
    /// argument starting with <c>@</c> as a file of more arguments, so <c>site delete @f</c> could smuggle in a
    /// <c>--yes</c>, and a name such as <c>@home</c> or a query such as <c>@.foo</c> would fail as a missing file.
    /// </summary>
    public static ParserConfiguration ParserConfiguration { get; } = new() { ResponseFileTokenReplacer = null };

    public static RootCommand BuildRoot(CliApp app)
    {
        var root = new RootCommand(
            "Manage Juniper Mist orgs, sites and devices from the terminal.\n" +
            "With no credential configured, commands run against an embedded offline Mist simulator.\n\n" +
            "Exit codes: 0 success, 1 failure (API, server, network), 2 invalid usage or input (nothing sent),\n" +
            "3 cancelled or not confirmed, 4 no credentials or 401/403, 5 not found, 6 partial success.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(new AuthCommand(app));
        root.Subcommands.Add(new OrgCommand(app));
        root.Subcommands.Add(new SiteCommand(app));
        root.Subcommands.Add(new DeviceCommand(app));
        root.Subcommands.Add(new InventoryCommand(app));
        root.Subcommands.Add(new ApiCommand(app));
        root.Subcommands.Add(new SimCommand(app));
        root.Subcommands.Add(new McpCommand(app));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliApp app, CancellationToken cancellationToken = default)
    {
        if (InputBounds.FindOversized(args) is { } oversized)
        {
            app.Console.Error.WriteLine("error: " + oversized);
            return ExitCodes.Usage;
        }

        var root = BuildRoot(app);
        var parse = root.Parse(args, ParserConfiguration);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                app.Console.Error.WriteLine("error: " + error.Message);
            }

            app.Console.Error.WriteLine($"Run '{string.Join(' ', CommandPath(parse))} --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = app.Console.Out,
            Error = app.Console.Error,
            // After Ctrl-C a bulk command lets its requests in flight finish (BulkRunner.Grace) and then reports what
            // was done; the default 2 s would end the process before that report.
            ProcessTerminationTimeout = Commands.Shared.Bulk.BulkRunner.Grace + TimeSpan.FromSeconds(5),
        };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "mist" : result.Command.Name);
        }

        return names;
    }
}

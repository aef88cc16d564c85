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
        root.Subcommands.Add(new Commands.Firmware.FirmwareCommand(app));
        root.Subcommands.Add(new InventoryCommand(app));
        root.Subcommands.Add(new Commands.Wlan.WlanCommand(app));
        root.Subcommands.Add(new Commands.Activity.ClientCommand(app));
        root.Subcommands.Add(new Commands.Activity.EventCommand(app));
        root.Subcommands.Add(new Commands.Activity.AlarmCommand(app));
        root.Subcommands.Add(new Commands.Activity.AuditCommand(app));
        root.Subcommands.Add(new ApiCommand(app));
        root.Subcommands.Add(new SimCommand(app));
        root.Subcommands.Add(new McpCommand(app));
        root.Subcommands.Add(new Commands.Completion.CompletionCommand(app));
        RequiredOptionsFirst(root);
        return root;
    }

    /// <summary>The word an option's description carries when the command cannot run without it.</summary>
    public const string RequiredMark = "Required.";

    // Help lists a command's options in the order they were added; the ones a command needs come first, wherever a
    // shared base class added its own. Stable: the rest keep their order.
    private static void RequiredOptionsFirst(Command command)
    {
        var ordered = command.Options.OrderBy(o => o.Description?.Contains(RequiredMark[..^1], StringComparison.Ordinal) == true ? 0 : 1).ToList();
        command.Options.Clear();
        foreach (var option in ordered)
        {
            command.Options.Add(option);
        }

        foreach (var sub in command.Subcommands)
        {
            RequiredOptionsFirst(sub);
        }
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
        var configuration = new InvocationConfiguration
        {
            Output = app.Console.Out,
            Error = app.Console.Error,
            // After Ctrl-C a bulk command lets its requests in flight finish (BulkRunner.Grace) and then reports what
            // was done; the default 2 s would end the process before that report.
            ProcessTerminationTimeout = Commands.Shared.Bulk.BulkRunner.Grace + TimeSpan.FromSeconds(5),
        };
        var command = parse.CommandResult.Command;
        if (parse.Errors.Count == 1 && parse.UnmatchedTokens.Count == 0 && command.Subcommands.Count > 0 && command.Action is null)
        {
            // `mist` or `mist site` alone: the help of that command, as gh does.
            return await root.Parse([.. args, "--help"], ParserConfiguration).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }

        if (parse.Errors.Count > 0)
        {
            var path = string.Join(' ', CommandPath(parse));
            if (UnknownCommand(parse) is { } unknown)
            {
                app.Console.Error.WriteLine($"error: unknown command '{unknown}' for '{path}'.{Suggest(command, unknown)}");
            }
            else
            {
                foreach (var error in parse.Errors)
                {
                    app.Console.Error.WriteLine("error: " + Errors.ParseErrorText.Friendly(error.Message));
                }
            }

            app.Console.Error.WriteLine($"Run '{path} --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The word typed where a subcommand was expected (<c>sites</c> in <c>mist sites list</c>), if any.</summary>
    private static string? UnknownCommand(ParseResult parse) =>
        parse.CommandResult.Command.Subcommands.Count > 0
        && parse.UnmatchedTokens.Count > 0
        && !parse.UnmatchedTokens[0].StartsWith('-')
            ? parse.UnmatchedTokens[0]
            : null;

    /// <summary>" Did you mean 'site'?" when a subcommand is one or two edits away, or a plural of the word typed.</summary>
    private static string Suggest(Command command, string typed)
    {
        var close = command.Subcommands
            .Where(c => !c.Hidden)
            .Select(c => (c.Name, Distance: Quickenshtein.Levenshtein.GetDistance(c.Name, typed.ToLowerInvariant())))
            .Where(c => c.Distance <= (typed.Length <= 3 ? 1 : 2) || typed.StartsWith(c.Name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => $"'{c.Name}'")
            .ToList();
        return close.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", close)}?";
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

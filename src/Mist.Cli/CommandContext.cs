using System.CommandLine;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Session;
using Mist.Cli.Terminal;

namespace Mist.Cli;

/// <summary>One invocation of a command: its parse result, output, confirmation and (opened on first use) its Mist session.</summary>
internal sealed class CommandContext(ParseResult parse, CliApp app, OutputWriter output) : IAsyncDisposable
{
    private MistSession? _session;

    public ParseResult Parse { get; } = parse;

    public CliConsole Console => app.Console;

    public TimeProvider Time => app.Time;

    public OutputWriter Output { get; } = output;

    public bool DryRun => Parse.GetValue(GlobalOptions.DryRun);

    /// <summary>The session, opened on first use; <paramref name="configure"/> adjusts the client options of that first opening.</summary>
    public async Task<MistSession> GetSessionAsync(CancellationToken cancellationToken, Action<MistClientOptions>? configure = null) =>
        _session ??= await SessionFactory.OpenAsync(Parse, Console, Time, cancellationToken, configure).ConfigureAwait(false);

    /// <summary>Whether <see cref="ConfirmAsync"/> will ask the user (not a dry run, no <c>--yes</c>, a terminal).</summary>
    public bool WillPrompt => !DryRun && !Parse.GetValue(GlobalOptions.Yes) && Console.CanPrompt;

    /// <summary>
    /// Asks before a destructive action: <c>--yes</c> confirms; on a terminal the user must type
    /// <paramref name="expected"/> ("Type 'Paris 001' to delete the site and ..."); otherwise the command stops with
    /// exit 3. Ctrl-C at the prompt stops at once with exit 3. A dry run sends nothing, so it asks nothing.
    /// </summary>
    /// <param name="action">What will happen, as the end of "Type 'X' to ...": "delete the site and ...".</param>
    /// <param name="expected">What the user must type: the target's name (or id, or the number of targets).</param>
    /// <param name="cancellationToken">Ctrl-C.</param>
    public async Task ConfirmAsync(string action, string expected, CancellationToken cancellationToken)
    {
        if (DryRun || Parse.GetValue(GlobalOptions.Yes))
        {
            return;
        }

        if (!Console.CanPrompt)
        {
            throw CliException.Cancelled($"Not confirmed: {action}. Add --yes to confirm when not running interactively.");
        }

        string? typed;
        try
        {
            typed = await Console.ReadLineAsync($"Type '{expected}' to {action}: ", cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw CliException.Cancelled("Cancelled at the prompt. Nothing was changed.");
        }

        if (!string.Equals(typed?.Trim(), expected, StringComparison.Ordinal))
        {
            throw CliException.Cancelled($"Not confirmed: '{typed?.Trim()}' is not '{expected}'. Nothing was changed.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync().ConfigureAwait(false);
        }
    }
}

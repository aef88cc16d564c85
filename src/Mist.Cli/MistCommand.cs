using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Session;

namespace Mist.Cli;

/// <summary>
/// The base of every command that talks to Mist: checks the output options before anything is sent, opens the
/// session on demand, turns a dry-run stop into the printed request and every failure into a message and an exit code.
/// </summary>
internal abstract class MistCommand : Command
{
    protected MistCommand(CliApp app, string name, string description)
        : base(name, description)
    {
        App = app;
        SetAction(InvokeAsync);
    }

    protected CliApp App { get; }

    /// <summary>What the command shows, for <c>--fields</c> validation.</summary>
    protected virtual ResourceView View => ResourceView.Any;

    /// <summary>What the command shows for these arguments, where an option changes it (<c>firmware list --outdated</c>).</summary>
    protected virtual ResourceView ViewFor(ParseResult parse) => View;

    protected abstract Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);

    private async Task<int> InvokeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var console = App.Console;
        try
        {
            var options = OutputOptions.From(parse, console);
            options.Validate(ViewFor(parse));
            await using var context = new CommandContext(parse, App, new OutputWriter(console, options, App.Time));
            try
            {
                return await ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (DryRunException dryRun)
            {
                WriteDryRun(context.Output, dryRun);
                return ExitCodes.Success;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var (code, message, hint) = ErrorReporter.Describe(e, parse.GetValue(GlobalOptions.NoWait));
            console.Error.WriteLine("error: " + message);
            if (hint is not null)
            {
                console.Error.WriteLine(hint);
            }

            return code;
        }
    }

    // The body is printed with its secrets (PSKs, RADIUS secrets, passwords) redacted: a dry run is for reading
    // what would change, often pasted into a change ticket.
    // Several requests (one write per site) are a list in machine formats, one after the other in a table.
    private static void WriteDryRun(OutputWriter output, DryRunException dryRun)
    {
        IReadOnlyList<DryRunException> requests = dryRun.Requests.Count > 0 ? dryRun.Requests : [dryRun];
        output.Notice(requests.Count == 1 ? "Dry run: no write was sent. The request would be:" : $"Dry run: no write was sent. The {requests.Count} requests would be:");
        if (output.Options.Format == OutputFormat.Table)
        {
            foreach (var request in requests)
            {
                output.WriteText($"{request.Method} {request.PathAndQuery}");
                if (Redacted(request) is { } body)
                {
                    output.WriteText(OutputWriter.Indented(body));
                }
            }

            return;
        }

        JsonObject Item(DryRunException request) => new() { ["method"] = request.Method, ["path"] = request.PathAndQuery, ["body"] = Redacted(request) };
        if (requests.Count == 1)
        {
            output.WriteItem(Item(requests[0]), ResourceView.Any);
            return;
        }

        output.WriteList(new JsonArray([.. requests.Select(Item)]), ResourceView.Any);
    }

    private static JsonNode? Redacted(DryRunException request)
    {
        var body = request.Body?.DeepClone();
        MistSecrets.Redact(body);
        return body;
    }
}

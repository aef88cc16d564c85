using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist alarm ack ID...</c>: acknowledges alarms of the org in one request (<c>ackOrgMultipleAlarms</c>, body
/// <c>{"alarm_ids": [...]}</c>). Ids are checked (UUIDs) before anything is sent; <c>--dry-run</c> prints the request.
/// </summary>
internal sealed class AlarmAckCommand : MistCommand
{
    private readonly Argument<string[]> _ids = new("ID") { Description = "The ids of the alarms to acknowledge.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _note = new("--note") { Description = "A note recorded with the acknowledgement." };

    public AlarmAckCommand(CliApp app)
        : base(app, "ack", "Acknowledge alarms by id.")
    {
        Arguments.Add(_ids);
        Options.Add(_note);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var ids = context.Parse.GetRequiredValue(_ids).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.FirstOrDefault(id => !Guid.TryParse(id, out _)) is { } bad)
        {
            throw CliException.Usage($"'{bad}' is not an alarm id (a UUID, as `mist alarm list` shows). Nothing was sent.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var body = new JsonObject { ["alarm_ids"] = new JsonArray([.. ids.Select(id => JsonValue.Create(Guid.Parse(id).ToString()))]) };
        if (context.Parse.GetValue(_note) is { } note)
        {
            body["note"] = note;
        }

        await session.Client.SendAsync(MistOperations.AckOrgMultipleAlarms.CreateRequest(orgId.ToString()).WithJson(body), cancellationToken).ConfigureAwait(false);
        // Mist answers 200 to ids it does not know too, so the message says what was sent, not what changed.
        var what = ids.Count == 1 ? $"alarm {ids[0]}" : $"{ids.Count} alarms";
        context.Output.Success($"Mist accepted the acknowledgement of {what} (it does not report ids it does not know: `mist alarm list` shows `acked`).");
        if (context.Output.Options.Format != Output.OutputFormat.Table)
        {
            context.Output.WriteItem(new JsonObject { ["acked"] = body["alarm_ids"]!.DeepClone() }, Output.ResourceView.Any);
        }

        return ExitCodes.Success;
    }
}

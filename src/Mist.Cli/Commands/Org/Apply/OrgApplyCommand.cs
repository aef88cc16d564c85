using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Org.Config;
using Mist.Cli.Commands.Org.Export;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Org.Apply;

/// <summary>
/// <c>mist org apply FILE [--org TARGET] [--plan] [--prune] [--on-conflict skip|replace|rename]</c>: makes the target
/// org match an export. The target is read (one export's worth of requests), the plan printed (counts and per-object
/// field changes), then objects are created, updated (only the fields that differ) and with <c>--prune</c> deleted,
/// in dependency order, references rewritten from the file's ids to the target's by name. Matching by name makes it
/// idempotent (a second run writes nothing) and resumable (a run after a failure does what is left). Devices are
/// never claimed: the configs of the devices the target holds (by MAC) are applied.
/// </summary>
internal sealed class OrgApplyCommand : MistCommand
{
    public static readonly ResourceView ResultView = new(
        "apply result",
        new HashSet<string>(StringComparer.Ordinal) { "address", "action", "result", "id", "fields", "reason" },
        ["address", "action", "result", "fields", "reason"]);

    private readonly Argument<string> _file = new("FILE") { Description = "An export (mist org export --out FILE)." };
    private readonly Option<bool> _plan = new("--plan") { Description = "Print the plan (counts and per-object changes) and stop: nothing is sent." };
    private readonly Option<bool> _prune = new("--prune") { Description = "Delete the target's objects and sites the file does not have (asks for the org's name, or --yes)." };
    private readonly Option<string> _onConflict = new("--on-conflict")
    {
        Description = "An object of the same name that differs: replace (update it; the default), skip (leave it), rename (create the file's as 'NAME (imported)').",
        DefaultValueFactory = _ => "replace",
    };

    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    public OrgApplyCommand(CliApp app)
        : base(app, "apply", "Make an org (--org) match an export: create, update (only changed fields) and with --prune delete, in dependency order.")
    {
        _onConflict.AcceptOnlyFromAmong("replace", "skip", "rename");
        Arguments.Add(_file);
        Options.Add(_plan);
        Options.Add(_prune);
        Options.Add(_onConflict);
        Options.Add(_concurrency);
    }

    protected override ResourceView View => ResultView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var file = ConfigDocument.Load(context.Parse.GetRequiredValue(_file));
        var policy = context.Parse.GetValue(_onConflict) switch
        {
            "skip" => ConflictPolicy.Skip,
            "rename" => ConflictPolicy.Rename,
            _ => ConflictPolicy.Replace,
        };
        var prune = context.Parse.GetValue(_prune);
        var concurrency = BulkOptions.ConcurrencyOf(context.Parse, _concurrency);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var client = session.Client;
        var target = ConfigDocument.From(await new OrgExporter(client, context.Console, concurrency)
            .ExportAsync(orgId, context.Time.GetUtcNow(), null, includeSecrets: true, cancellationToken).ConfigureAwait(false));
        var planner = new ApplyPlanner(file, target, ConfigCollectionTable.Org(), ConfigCollectionTable.Site(), policy);
        var steps = planner.Plan(prune);
        var executor = new ApplyExecutor(client, context.Console, concurrency, orgId);
        executor.Seed(target, planner.TargetAddresses);
        var header = $"org {target.OrgName} ({orgId:D})";

        if (context.Parse.GetValue(_plan))
        {
            WritePlan(context, steps, header);
            return ExitCodes.Success;
        }

        context.Output.Notice(PlanText(steps, header));
        if (context.DryRun)
        {
            WriteRequests(context, steps, executor);
            return ExitCodes.Success;
        }

        var deletes = steps.Count(s => s.Action == ApplyAction.Delete);
        if (deletes > 0)
        {
            await context.ConfirmAsync($"apply the plan to {header}, deleting {deletes} object(s)", target.OrgName, cancellationToken).ConfigureAwait(false);
        }

        var (rows, cancelled, stopReason) = await executor.RunAsync(steps, cancellationToken).ConfigureAwait(false);
        return BulkReport.Finish(context, rows, ResultView, cancelled, stopReason);
    }

    /// <summary>"Plan for org X: 2 to create, 1 to update, ..." then one line per object that changes, with its fields: like a Terraform plan.</summary>
    public static string PlanText(IReadOnlyList<ApplyStep> steps, string header)
    {
        var text = new StringBuilder();
        text.Append("Plan for ").Append(header).Append(": ").Append(Counts(steps)).AppendLine(".");
        foreach (var step in steps.Where(s => s.Action == ApplyAction.Skip && s.Reason is not null))
        {
            text.Append("! ").Append(step.Address).Append(": ").AppendLine(step.Reason);
        }

        foreach (var step in steps.Where(s => s.Writes))
        {
            var sign = step.Action switch { ApplyAction.Create or ApplyAction.Assign => '+', ApplyAction.Delete => '-', _ => '~' };
            text.Append(sign).Append(' ').AppendLine(step.Address);
            foreach (var change in step.Action == ApplyAction.Update ? step.Changes : [])
            {
                text.Append("    ").Append(change.Path).Append(": ").Append(Value(change.A)).Append(" -> ").AppendLine(Value(change.B));
            }
        }

        return text.ToString().TrimEnd();
    }

    public static string Counts(IReadOnlyList<ApplyStep> steps)
    {
        int Count(string action) => steps.Count(s => s.Action == action);
        var counts = $"{Count(ApplyAction.Create)} to create, {Count(ApplyAction.Update)} to update, {Count(ApplyAction.Delete)} to delete, {Count(ApplyAction.Unchanged)} unchanged";
        if (Count(ApplyAction.Assign) > 0)
        {
            counts += $", {Count(ApplyAction.Assign)} unassigned device(s) to assign to their site";
        }

        var conflicts = steps.Count(s => s.Action == ApplyAction.Skip && s.Reason is null);
        if (conflicts > 0)
        {
            counts += $", {conflicts} skipped (--on-conflict skip)";
        }

        var secrets = steps.Count(s => s.Action == ApplyAction.Skip && s.Reason is not null);
        if (secrets > 0)
        {
            counts += $", {secrets} skipped ({Placeholders.MissingSecret})";
        }

        if (Count(ApplyAction.Absent) > 0)
        {
            counts += $", {Count(ApplyAction.Absent)} device(s) not in the target (never claimed)";
        }

        return counts;
    }

    private static void WritePlan(CommandContext context, IReadOnlyList<ApplyStep> steps, string header)
    {
        if (context.Output.Options.Format == OutputFormat.Table)
        {
            context.Output.WriteText(PlanText(steps, header));
            return;
        }

        int Count(string action) => steps.Count(s => s.Action == action);
        context.Output.WriteItem(
            new JsonObject
            {
                ["target"] = header,
                ["create"] = Count(ApplyAction.Create),
                ["update"] = Count(ApplyAction.Update),
                ["delete"] = Count(ApplyAction.Delete),
                ["unchanged"] = Count(ApplyAction.Unchanged),
                ["skip"] = Count(ApplyAction.Skip),
                ["absent"] = Count(ApplyAction.Absent),
                ["assign"] = Count(ApplyAction.Assign),
                ["steps"] = new JsonArray([.. steps.Where(s => s.Writes).Select(s => (JsonNode)new JsonObject
                {
                    ["address"] = s.Address,
                    ["action"] = s.Action,
                    ["fields"] = new JsonArray([.. (s.Action == ApplyAction.Delete ? [] : s.Changes).Select(c => (JsonNode)new JsonObject { ["field"] = c.Path, ["from"] = c.A?.DeepClone(), ["to"] = c.B?.DeepClone() })]),
                })]),
            },
            ResourceView.Any);
    }

    /// <summary><c>--dry-run</c>: the requests the run would send, secrets masked; ids of objects an earlier request creates shown as &lt;id of ADDRESS&gt;.</summary>
    private static void WriteRequests(CommandContext context, IReadOnlyList<ApplyStep> steps, ApplyExecutor executor)
    {
        var writes = steps.Where(s => s.Writes).ToList();
        context.Output.Notice($"Dry run: nothing was sent. {writes.Count} request(s) would be:");
        var requests = new JsonArray();
        foreach (var step in writes)
        {
            var (method, path, body) = executor.Describe(step, out _);
            requests.Add((JsonNode)new JsonObject { ["method"] = method, ["path"] = path, ["body"] = ExportFormat.Masked(body) });
        }

        if (context.Output.Options.Format == OutputFormat.Table)
        {
            foreach (var request in requests.OfType<JsonObject>())
            {
                context.Output.WriteText($"{request["method"]} {request["path"]}" + (request["body"] is JsonObject body ? " " + OutputWriter.Compact(body) : string.Empty));
            }

            return;
        }

        context.Output.WriteList(requests, ResourceView.Any);
    }

    private static string Value(JsonNode? node) => node is null ? "(absent)" : OutputWriter.Compact(node);
}

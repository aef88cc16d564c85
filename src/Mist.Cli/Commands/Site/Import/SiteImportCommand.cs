using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// <c>mist site import FILE.csv|--file FILE.csv [--update] [--concurrency N]</c>: creates the sites the org lacks and, with
/// <c>--update</c>, changes the fields that differ. The file is checked whole first; the org's sites are listed
/// once; re-running is a no-op; <c>--dry-run</c> prints the plan and sends no write.
/// </summary>
internal sealed class SiteImportCommand : MistCommand
{
    public static readonly ResourceView ImportView = new(
        "import result",
        new HashSet<string>(StringComparer.Ordinal) { "line", "name", "action", "changes", "set", "result", "id", "reason" },
        ["line", "name", "action", "changes", "result", "id", "reason"]);

    private readonly CsvFileInput _file = new(
        "CSV with a header row: name,address,timezone,country_code,latlng,notes (only name required)",
        "a header row name,address,timezone,country_code,latlng,notes, only name required");
    private readonly Option<bool> _update = new("--update") { Description = "Change existing sites whose fields differ from the file (only those fields)." };
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    public SiteImportCommand(CliApp app)
        : base(app, "import", "Create (and with --update, update) sites from a CSV file; safe to re-run.")
    {
        _file.AddTo(this);
        Options.Add(_update);
        Options.Add(_concurrency);
    }

    protected override ResourceView View => ImportView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var concurrency = BulkOptions.ConcurrencyOf(context.Parse, _concurrency);
        var rows = SiteImportFile.Read(context.Console, _file.PathOf(context.Parse));
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var sites = new List<Mist.Site>();
        await foreach (var site in session.Client.Sites.ListAsync(orgId).WithProgressAsync(context.Console, "sites", cancellationToken).ConfigureAwait(false))
        {
            sites.Add(site);
        }

        var steps = SiteImportPlanner.Plan(rows, sites, context.Parse.GetValue(_update));
        if (context.DryRun)
        {
            return WritePlan(context, steps);
        }

        var client = session.Client;
        var writes = steps.Where(s => s.Writes).ToList();
        var run = await new BulkRunner(context.Console, concurrency).RunAsync(
            "Importing sites",
            writes,
            (step, token) => ApplyAsync(client, orgId, step, token),
            cancellationToken).ConfigureAwait(false);

        var outcomes = writes.Zip(run.Slots).ToDictionary(p => p.First, p => p.Second);
        var report = new JsonArray();
        foreach (var step in steps)
        {
            report.Add((JsonNode)(outcomes.TryGetValue(step, out var slot) ? Row(step, slot) : Untouched(step)));
        }

        return BulkReport.Finish(context, report, View, run.Cancelled, run.StopReason);
    }

    private static async Task<JsonObject> ApplyAsync(MistClient client, Guid orgId, SiteImportStep step, CancellationToken cancellationToken)
    {
        if (step.Action == "create")
        {
            var (site, confirmed) = await SiteCreator.CreateAsync(client, orgId, (SiteCreateOptions)step.Changes!, cancellationToken).ConfigureAwait(false);
            return step.ToRow("created", site.Id, confirmed ? "A create failed ambiguously; the site was found by name, so it was not sent again." : null);
        }

        var updated = await IdempotentRetry.RunAsync(
            token => client.Sites.UpdateAsync(step.Existing!.Id, (SiteUpdateOptions)step.Changes!, token), cancellationToken).ConfigureAwait(false);
        return step.ToRow("updated", updated.Id, null);
    }

    private static JsonObject Row(SiteImportStep step, BulkSlot<JsonObject> slot) =>
        slot.State == BulkState.Done ? slot.Result! : step.ToRow(slot.ResultName, null, slot.Reason);

    private static JsonObject Untouched(SiteImportStep step) =>
        step.Action == "skip" ? step.ToRow("failed", null, null) : step.ToRow("unchanged", null, null);

    private static int WritePlan(CommandContext context, IReadOnlyList<SiteImportStep> steps)
    {
        var rows = new JsonArray([.. steps.Select(s => (JsonNode)s.ToRow(s.Writes ? "planned" : s.Action == "skip" ? "failed" : "unchanged", null, null))]);
        var counts = string.Join(", ", steps.GroupBy(s => s.Action).Select(g => $"{g.Count()} {g.Key}"));
        context.Output.Notice($"Dry run: nothing was sent. Plan: {(counts.Length == 0 ? "nothing to do" : counts)}.");
        context.Output.WriteList(rows, ImportView);
        return ExitCodes.Success;
    }
}

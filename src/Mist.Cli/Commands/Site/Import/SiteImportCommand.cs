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
        "CSV with a header row: name,address,timezone,country_code,latlng,notes, templates by name or id (rftemplate_name, ...), sitegroup_names, vars (only name required)",
        "a header row name,address,timezone,country_code,latlng,notes,... (see docs/bulk.md), only name required");
    private readonly Option<bool> _update = new("--update") { Description = "Change existing sites whose fields differ from the file (only those fields)." };
    private readonly Option<bool> _createSitegroups = new("--create-sitegroups") { Description = "Create the site groups named in sitegroup_names that the org lacks (otherwise they are an error)." };
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    public SiteImportCommand(CliApp app)
        : base(app, "import", "Create (and with --update, update) sites from a CSV file; safe to re-run.")
    {
        _file.AddTo(this);
        Options.Add(_update);
        Options.Add(_createSitegroups);
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

        var references = await new SiteReferenceResolver(session.Client, orgId, context.Console).ResolveAsync(
            _file.PathOf(context.Parse), rows, context.Parse.GetValue(_createSitegroups), context.DryRun, cancellationToken).ConfigureAwait(false);
        var vars = await CurrentVarsAsync(session.Client, rows, sites, cancellationToken).ConfigureAwait(false);
        var steps = SiteImportPlanner.Plan(rows, sites, context.Parse.GetValue(_update), references, vars);
        WarnAddressOnly(context, steps);
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
            try
            {
                await SetVarsAsync(client, site.Id, step, cancellationToken).ConfigureAwait(false);
            }
            catch (MistException e)
            {
                throw new Errors.CliException($"Site created ({site.Id}), but its vars were not set: {e.Message} Run the import again with --update to set them.", ExitCodes.Failure);
            }

            return step.ToRow("created", site.Id, confirmed ? "A create failed ambiguously; the site was found by name, so it was not sent again." : null);
        }

        var changes = (SiteUpdateOptions)step.Changes!;
        if (!changes.IsEmpty)
        {
            await IdempotentRetry.RunAsync(token => client.Sites.UpdateAsync(step.Existing!.Id, changes, token), cancellationToken).ConfigureAwait(false);
        }

        await SetVarsAsync(client, step.Existing!.Id, step, cancellationToken).ConfigureAwait(false);
        return step.ToRow("updated", step.Existing.Id, null);
    }

    /// <summary>Site variables live in the site's setting, not on the site: a second PUT, safe to repeat.</summary>
    private static async Task SetVarsAsync(MistClient client, Guid siteId, SiteImportStep step, CancellationToken cancellationToken)
    {
        if (step.Vars is { } vars)
        {
            var setting = new SiteSettingUpdateOptions();
            setting.Set("vars", vars.DeepClone());
            await IdempotentRetry.RunAsync(token => client.Sites.UpdateSettingAsync(siteId, setting, token), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The current <c>vars</c> of each existing site whose row sets some: one setting read per such site.</summary>
    private static async Task<Dictionary<Guid, JsonObject>> CurrentVarsAsync(MistClient client, IReadOnlyList<SiteImportRow> rows, IReadOnlyList<Mist.Site> sites, CancellationToken cancellationToken)
    {
        var byName = sites.Where(s => s.Name is not null).ToLookup(s => s.Name!, StringComparer.Ordinal);
        var vars = new Dictionary<Guid, JsonObject>();
        foreach (var row in rows.Where(r => r.Vars is not null))
        {
            if (byName[row.Name].ToList() is [var site])
            {
                var setting = await IdempotentRetry.RunAsync(token => client.Sites.GetSettingAsync(site.Id, token), cancellationToken).ConfigureAwait(false);
                vars[site.Id] = setting.AdditionalProperties?.TryGetValue("vars", out var current) == true && JsonNode.Parse(current.GetRawText()) is JsonObject o ? o : [];
            }
        }

        return vars;
    }

    /// <summary>
    /// Mist does not geocode an address sent through the API: a site created with only an address keeps no location,
    /// time zone or country code (which the radios' regulatory settings follow) until they are set. Say so, not later.
    /// </summary>
    private static void WarnAddressOnly(CommandContext context, IReadOnlyList<SiteImportStep> steps)
    {
        var lines = steps.Where(s => s.Action == "create" && s.Row.Address is not null && s.Row.Latlng is null && s.Row.Timezone is null && s.Row.CountryCode is null)
            .Select(s => s.Row.Line).ToList();
        if (lines.Count > 0)
        {
            context.Output.Notice(
                $"Warning: line{(lines.Count == 1 ? string.Empty : "s")} {string.Join(", ", lines.Take(10))}{(lines.Count > 10 ? ", ..." : string.Empty)} {(lines.Count == 1 ? "gives" : "give")} an address only: " +
                "Mist does not geocode an address given through the API, so the site keeps no latlng, timezone or country_code until they are set " +
                "(add latlng, timezone and country_code columns, or set them later with mist site update).");
        }
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
        // A plan with rows that would fail exits as the run would: a script that checks the plan's exit code is told.
        return BulkReport.PlanExitCode(rows);
    }
}

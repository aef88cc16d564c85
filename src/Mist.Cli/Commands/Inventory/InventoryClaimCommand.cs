using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Inventory;

/// <summary>
/// <c>mist inventory claim CODE... [--file CODES.txt] [--site SITE] [--batch-size 50]</c>: one row per code (added,
/// duplicated or error, with Mist's reason), claimed in batches; with <c>--site</c>, the devices claimed or already
/// in the org are then assigned to the site.
/// </summary>
internal sealed class InventoryClaimCommand : MistCommand
{
    public static readonly ResourceView ClaimView = new(
        "claim",
        new HashSet<string>(StringComparer.Ordinal) { "code", "status", "reason", "mac", "serial", "model", "type", "site_id", "assignment", "assignment_reason" },
        ["code", "status", "mac", "serial", "reason"]);

    private static readonly string[] s_assignColumns = ["code", "status", "mac", "serial", "assignment", "reason", "assignment_reason"];

    private readonly Argument<string[]> _codes = new("code") { Description = "Claim codes (activation codes) from the device or its box.", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _file = new("--file") { Description = "A file of claim codes, one a line, or a CSV with a claim_code column (and site_name or site_id: one file, many sites); - for stdin." };
    private readonly Option<string?> _site = new("--site") { Description = "Assign the claimed devices to this site (id or name)." };
    private readonly Option<bool> _reassign = new("--reassign") { Description = "With --site: also move devices that are already on another site (by default they are skipped and reported)." };
    private readonly Option<int> _batchSize = new("--batch-size") { Description = "Codes per claim request, 1 to 100.", DefaultValueFactory = _ => 50 };
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    public InventoryClaimCommand(CliApp app)
        : base(app, "claim", "Claim devices into the org by claim code, and optionally assign them to a site.")
    {
        Arguments.Add(_codes);
        foreach (var option in new Option[] { _file, _site, _reassign, _batchSize, _concurrency })
        {
            Options.Add(option);
        }
    }

    protected override ResourceView View => ClaimView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (codes, rowSites) = Codes(context);
        var batchSize = context.Parse.GetValue(_batchSize);
        if (batchSize is < 1 or > 100)
        {
            throw CliException.Usage($"--batch-size must be between 1 and 100, not {batchSize}.");
        }

        var concurrency = BulkOptions.ConcurrencyOf(context.Parse, _concurrency);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        // The site is resolved before the claim so that a wrong site name claims nothing.
        var site = context.Parse.GetValue(_site) is { } siteRef ? await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false) : null;
        var siteOfCode = await SitesOfCodesAsync(context, session, orgId, codes, rowSites, site, cancellationToken).ConfigureAwait(false);
        var batches = codes.Chunk(batchSize).ToList();
        if (context.DryRun)
        {
            context.Output.Notice($"Dry run: nothing was sent. Plan: claim {codes.Count} code(s) in {batches.Count} request(s){(site is null ? string.Empty : $", then assign them to site {site.Name}")}.");
            if (site is not null)
            {
                context.Output.Notice(context.Parse.GetValue(_reassign)
                    ? $"Warning: with --reassign, a code already claimed whose device is on another site moves that device to {site.Name}."
                    : $"A code already claimed whose device is on another site will be skipped and reported, not moved to {site.Name} (--reassign moves it).");
            }

            context.Output.WriteList([.. codes.Select(c => (JsonNode)ClaimRows.Unclaimed(c, "planned", null))], View);
            return ExitCodes.Success;
        }

        var runner = new BulkRunner(context.Console, concurrency);
        var run = await runner.RunAsync(
            "Claiming",
            batches,
            // A claim is a POST, but repeating one is harmless: a code already claimed comes back as duplicated.
            (batch, token) => IdempotentRetry.RunAsync(t => session.Client.Inventory.ClaimAsync(orgId, batch, t), token),
            cancellationToken,
            batch => batch.Length).ConfigureAwait(false);
        var rows = new JsonArray();
        for (var i = 0; i < batches.Count; i++)
        {
            var slot = run.Slots[i];
            var batchRows = slot.State == BulkState.Done
                ? ClaimRows.ForBatch(batches[i], slot.Result!)
                : batches[i].Select(c => ClaimRows.Unclaimed(c, slot.State == BulkState.Failed ? "error" : slot.ResultName, slot.Reason));
            foreach (var row in batchRows)
            {
                rows.Add((JsonNode)row);
            }
        }

        var cancelled = run.Cancelled;
        // One assignment per site: the --site one, and each a file's site column names.
        foreach (var group in rows.OfType<JsonObject>().GroupBy(r => siteOfCode.GetValueOrDefault((string)r["code"]!)?.Id))
        {
            if (group.Key is not null && !cancelled)
            {
                var target = siteOfCode[(string)group.First()["code"]!]!;
                cancelled = await ClaimAssignment.AssignAsync(runner, session, orgId, target, group, context.Parse.GetValue(_reassign), cancellationToken).ConfigureAwait(false);
            }
        }

        return Finish(context, rows, site ?? siteOfCode.Values.FirstOrDefault(s => s is not null), cancelled);
    }

    /// <summary>The codes (arguments, then the file's), each once, and the site a file row names for its code.</summary>
    private (List<string> Codes, Dictionary<string, (int Line, string Site)> Sites) Codes(CommandContext context)
    {
        var codes = (context.Parse.GetValue(_codes) ?? []).Select(c => c.Trim()).ToList();
        if (codes.Any(c => c.Length == 0))
        {
            throw CliException.Usage("A claim code must not be empty.");
        }

        var sites = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        if (context.Parse.GetValue(_file) is { } file)
        {
            foreach (var row in DeviceFile.Read(context.Console, file, claim: true))
            {
                codes.Add(row.Code!);
                if (row.Site is { } site)
                {
                    sites.TryAdd(row.Code!, (row.Line, site));
                }
            }
        }

        return codes.Count == 0
            ? throw CliException.Usage("Give at least one claim code, as arguments or with --file.")
            : ([.. codes.Distinct(StringComparer.Ordinal)], sites);
    }

    /// <summary>
    /// The site each code's device goes to: its file row's site, else <c>--site</c>, else none. The file's sites are
    /// found in one listing before any claim: an unknown one stops the command (exit 2) with nothing claimed.
    /// </summary>
    private async Task<Dictionary<string, Mist.Site?>> SitesOfCodesAsync(
        CommandContext context, Session.MistSession session, Guid orgId, List<string> codes, Dictionary<string, (int Line, string Site)> rowSites, Mist.Site? site, CancellationToken cancellationToken)
    {
        var result = codes.ToDictionary(c => c, _ => site, StringComparer.Ordinal);
        if (rowSites.Count == 0)
        {
            return result;
        }

        var sites = await InventorySites.ListAsync(session.Client, orgId, context.Console, cancellationToken).ConfigureAwait(false);
        var problems = new InputProblems(context.Parse.GetValue(_file)!);
        foreach (var (code, (line, written)) in rowSites)
        {
            result[code] = sites.Find(written, line, problems);
        }

        problems.ThrowIfAny();
        return result;
    }

    private int Finish(CommandContext context, JsonArray rows, Mist.Site? site, bool cancelled)
    {
        var failed = rows.Count(ClaimRows.Failed);
        var code = cancelled ? ExitCodes.Cancelled : InventoryChangeRows.ExitCode(rows.Count - failed, rows.Count);
        if (cancelled)
        {
            context.Output.Notice($"Interrupted: {rows.Count - failed} of {rows.Count} code(s) done. Run the same command again to finish; codes already claimed come back as duplicated.");
        }
        else if (code == ExitCodes.Success)
        {
            var skipped = rows.Count(r => (string?)r?["assignment"] == "skipped");
            context.Output.Success($"Claimed {rows.Count} code(s){(site is null ? string.Empty : $" onto site {site.Name}")}{(skipped == 0 ? string.Empty : $"; {skipped} already on another site, not moved (--reassign moves them)")}.");
        }
        else
        {
            context.Output.Notice($"{failed} of {rows.Count} code(s) failed; see the reason column.");
        }

        context.Output.WriteList(rows, site is null || context.Output.Options.Fields is not null ? View : ClaimView with { Columns = s_assignColumns });
        return code;
    }
}

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
    private readonly Option<string?> _file = new("--file") { Description = "A file of claim codes, one a line; blank and # lines ignored; - for stdin." };
    private readonly Option<string?> _site = new("--site") { Description = "Assign the claimed devices to this site (id or exact name)." };
    private readonly Option<int> _batchSize = new("--batch-size") { Description = "Codes per claim request, 1 to 100.", DefaultValueFactory = _ => 50 };
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    public InventoryClaimCommand(CliApp app)
        : base(app, "claim", "Claim devices into the org by claim code, and optionally assign them to a site.")
    {
        Arguments.Add(_codes);
        foreach (var option in new Option[] { _file, _site, _batchSize, _concurrency })
        {
            Options.Add(option);
        }
    }

    protected override ResourceView View => ClaimView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var codes = Codes(context);
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
        var batches = codes.Chunk(batchSize).ToList();
        if (context.DryRun)
        {
            context.Output.Notice($"Dry run: nothing was sent. Plan: claim {codes.Count} code(s) in {batches.Count} request(s){(site is null ? string.Empty : $", then assign them to site {site.Name}")}.");
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
        if (site is not null && !cancelled)
        {
            cancelled = await ClaimAssignment.AssignAsync(runner, session, orgId, site, rows, cancellationToken).ConfigureAwait(false);
        }

        return Finish(context, rows, site, cancelled);
    }

    private List<string> Codes(CommandContext context)
    {
        var codes = (context.Parse.GetValue(_codes) ?? []).Select(c => c.Trim()).ToList();
        if (codes.Any(c => c.Length == 0))
        {
            throw CliException.Usage("A claim code must not be empty.");
        }

        if (context.Parse.GetValue(_file) is { } file)
        {
            codes.AddRange(BulkFile.ReadLines(context.Console, file).Select(l => l.Value));
        }

        return codes.Count == 0
            ? throw CliException.Usage("Give at least one claim code, as arguments or with --file.")
            : [.. codes.Distinct(StringComparer.Ordinal)];
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
            context.Output.Success($"Claimed {rows.Count} code(s){(site is null ? string.Empty : $" onto site {site.Name}")}.");
        }
        else
        {
            context.Output.Notice($"{failed} of {rows.Count} code(s) failed; see the reason column.");
        }

        context.Output.WriteList(rows, site is null || context.Output.Options.Fields is not null ? View : ClaimView with { Columns = s_assignColumns });
        return code;
    }
}

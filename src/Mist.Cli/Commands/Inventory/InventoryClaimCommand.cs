using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Inventory;

/// <summary>
/// <c>mist inventory claim CODE... [--site SITE]</c>: one row per code (added, duplicated or error, with Mist's
/// reason); with <c>--site</c>, the devices claimed or already in the org are then assigned to the site.
/// </summary>
internal sealed class InventoryClaimCommand : MistCommand
{
    public static readonly ResourceView ClaimView = new(
        "claim",
        new HashSet<string>(StringComparer.Ordinal) { "code", "status", "reason", "mac", "serial", "model", "type", "site_id", "assignment", "assignment_reason" },
        ["code", "status", "mac", "serial", "reason"]);

    private static readonly string[] s_assignColumns = ["code", "status", "mac", "serial", "assignment", "reason", "assignment_reason"];

    private readonly Argument<string[]> _codes = new("code") { Description = "Claim codes (activation codes) from the device or its box.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _site = new("--site") { Description = "Assign the claimed devices to this site (id or exact name)." };

    public InventoryClaimCommand(CliApp app)
        : base(app, "claim", "Claim devices into the org by claim code, and optionally assign them to a site.")
    {
        Arguments.Add(_codes);
        Options.Add(_site);
    }

    protected override ResourceView View => ClaimView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var codes = context.Parse.GetRequiredValue(_codes).Select(c => c.Trim()).ToList();
        if (codes.Any(c => c.Length == 0))
        {
            throw CliException.Usage("A claim code must not be empty.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        // The site is resolved before the claim so that a wrong site name claims nothing.
        var site = context.Parse.GetValue(_site) is { } siteRef ? await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false) : null;

        var claim = await session.Client.Inventory.ClaimAsync(orgId, codes.Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var rows = new JsonArray([.. claim.Outcomes.Select(o => (JsonNode)Row(o))]);
        if (site is not null)
        {
            await AssignAsync(session, orgId, site, rows, cancellationToken).ConfigureAwait(false);
        }

        var failed = rows.Count(r => (string?)r!["status"] == "error" || (string?)r!["assignment"] == "failed");
        var code = InventoryChangeRows.ExitCode(rows.Count - failed, rows.Count);
        if (code == ExitCodes.Success)
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

    private static JsonObject Row(ClaimOutcome outcome) => new()
    {
        ["code"] = outcome.Code,
        ["status"] = outcome.Status switch { ClaimStatus.Added => "added", ClaimStatus.Duplicated => "duplicated", _ => "error" },
        ["reason"] = outcome.Reason,
        ["mac"] = outcome.Device?.Mac,
        ["serial"] = outcome.Device?.Serial,
        ["model"] = outcome.Device?.Model,
        ["type"] = outcome.Device?.Type?.Value,
    };

    private static async Task AssignAsync(Session.MistSession session, Guid orgId, Mist.Site site, JsonArray rows, CancellationToken cancellationToken)
    {
        var claimed = rows.OfType<JsonObject>().Where(r => (string?)r["status"] != "error").ToList();
        var macs = claimed.Select(r => (string?)r["mac"]).OfType<string>().ToList();
        var result = macs.Count == 0
            ? new InventoryChangeResult()
            : await session.Client.Inventory.AssignAsync(orgId, site.Id, macs, noReassign: false, cancellationToken).ConfigureAwait(false);
        foreach (var row in claimed)
        {
            var mac = (string?)row["mac"];
            var outcome = mac is null ? null : result.Outcomes.FirstOrDefault(o => MacAddress.TryNormalize(o.Device, out var m) && m == MacAddress.Normalize(mac));
            row["site_id"] = site.Id.ToString();
            row["assignment"] = outcome is { Succeeded: true } ? "assigned" : "failed";
            row["assignment_reason"] = outcome?.Reason ?? (outcome is null ? (mac is null ? "Mist did not say which device the code is." : "The server did not report this device.") : null);
        }
    }
}

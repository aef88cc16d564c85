using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Inventory;

/// <summary>
/// assign, unassign and release with <c>--file</c>: the file is checked whole (<see cref="DeviceFile"/>: MACs or
/// serials, and for assign a site per row or <c>--site</c>), devices and sites are found in one listing each (a MAC
/// and a serial that name different devices stop the command, exit 2), devices already in the wanted state are
/// reported unchanged and not sent, the rest are confirmed once and changed <see cref="MacsPerRequest"/> per
/// request, per site, several requests in flight. Each batch is a PUT, safe to repeat. <c>--dry-run</c> prints the
/// plan, with each device's current site, and exits as the run would.
/// </summary>
internal sealed class InventoryFileChange(InventoryChangeCommand command, CommandContext context, int concurrency)
{
    /// <summary>Mist's inventory PUT takes many MACs; a hundred keeps each request small enough to retry cheaply.</summary>
    public const int MacsPerRequest = 100;

    public static readonly ResourceView FileView = InventoryChangeRows.View with
    {
        Fields = new HashSet<string>(InventoryChangeRows.View.Fields, StringComparer.Ordinal) { "line", "from_site", "site_name" },
        Columns = ["line", "device", "mac", "from_site", "site_name", "result", "reason"],
    };

    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var devices = DeviceFile.Read(context.Console, path, claim: false);
        var siteOption = command.SiteOption(context.Parse);
        CheckSites(path, devices, siteOption);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var defaultSite = siteOption is null ? null : await session.GetSiteAsync(siteOption, cancellationToken).ConfigureAwait(false);
        var sites = await InventorySites.ListAsync(session.Client, orgId, context.Console, cancellationToken).ConfigureAwait(false);
        var inventory = await InventoryIndex.ListAsync(session.Client, orgId, context.Console, cancellationToken).ConfigureAwait(false);

        var problems = new InputProblems(path);
        var rows = new List<JsonObject>();
        var sends = new List<(int Line, InventoryTarget Target, Mist.Site? Site)>();
        foreach (var device in devices)
        {
            var site = device.Site is { } written && command.NeedsSite ? sites.Find(written, device.Line, problems) : defaultSite;
            var item = inventory.Find(device, problems);
            if (item is null)
            {
                rows.Add(new JsonObject
                {
                    ["line"] = device.Line, ["device"] = device.Input, ["mac"] = device.Mac, ["serial"] = device.Serial,
                    ["result"] = "failed", ["reason"] = "Not in the org's inventory.",
                });
                continue;
            }

            var target = new InventoryTarget(device.Input, item);
            if (command.Skip(item, site, sites.NameOf) is { } skip)
            {
                rows.Add(Row(device.Line, target, site, sites, skip.Result, skip.Reason));
            }
            else
            {
                sends.Add((device.Line, target, site));
            }
        }

        problems.ThrowIfAny();
        // Per site, then 100 a request: one PUT assigns to one site.
        var batches = sends.GroupBy(s => s.Site?.Id).SelectMany(g => g.Chunk(MacsPerRequest)).ToList();
        if (context.DryRun)
        {
            context.Output.Notice($"Dry run: nothing was sent. Plan: {sends.Count} to {command.Name} in {batches.Count} request(s), {NotSent(rows)}.");
            rows.AddRange(sends.Select(s => Row(s.Line, s.Target, s.Site, sites, "planned", null)));
            var sorted = Sorted(rows);
            context.Output.WriteList(sorted, FileView);
            return BulkReport.PlanExitCode(sorted);
        }

        if (sends.Count > 0)
        {
            await command.ConfirmChangeAsync(context, [.. sends.Select(s => s.Target)], cancellationToken).ConfigureAwait(false);
        }

        var run = await new BulkRunner(context.Console, concurrency).RunAsync(
            $"{char.ToUpperInvariant(command.Name[0])}{command.Name[1..]}ing devices",
            batches,
            (batch, token) => IdempotentRetry.RunAsync(t => command.SendAsync(context, session, orgId, [.. batch.Select(b => b.Target.Mac)], batch[0].Site, t), token),
            cancellationToken,
            batch => batch.Length).ConfigureAwait(false);
        for (var i = 0; i < batches.Count; i++)
        {
            var slot = run.Slots[i];
            foreach (var (line, target, site) in batches[i])
            {
                var outcome = slot.Result?.Outcomes.FirstOrDefault(o => InventoryChangeRows.Same(o.Device, target));
                rows.Add(slot.State != BulkState.Done
                    ? Row(line, target, site, sites, slot.ResultName, slot.Reason)
                    : Row(line, target, site, sites, outcome is { Succeeded: true } ? command.DoneResult : "failed", outcome is null ? "The server did not report this device." : outcome.Reason));
            }
        }

        return BulkReport.Finish(context, Sorted(rows), FileView, run.Cancelled, run.StopReason);
    }

    /// <summary>Assign needs a site for every row (its own cell or --site); the others take none.</summary>
    private void CheckSites(string path, IReadOnlyList<DeviceFileRow> devices, string? siteOption)
    {
        var problems = new InputProblems(path);
        if (command.NeedsSite && siteOption is null)
        {
            foreach (var device in devices.Where(d => d.Site is null))
            {
                problems.Add(device.Line, "no site for this device: fill its site_name (or site_id) cell, or give --site.");
            }
        }
        else if (!command.NeedsSite && devices.Any(d => d.Site is not null))
        {
            context.Console.Error.WriteLine($"Note: the site column is not used by {command.Name}.");
        }

        problems.ThrowIfAny();
    }

    private JsonObject Row(int line, InventoryTarget target, Mist.Site? site, InventorySites sites, string result, string? reason) => new()
    {
        ["line"] = line,
        ["device"] = target.Input,
        ["mac"] = target.Mac,
        ["serial"] = target.Item.Serial,
        ["name"] = target.Item.Name,
        ["site_id"] = (site?.Id ?? target.Item.SiteId)?.ToString(),
        ["from_site"] = target.Item.SiteId is { } from ? sites.NameOf(from) : null,
        ["site_name"] = command.NeedsSite ? site?.Name : null,
        ["result"] = result,
        ["reason"] = reason,
    };

    /// <summary>"2 not sent (1 unchanged, 1 failed)", or "nothing else" when every device is to be sent.</summary>
    private static string NotSent(List<JsonObject> rows) => rows.Count == 0
        ? "nothing else"
        : $"{rows.Count} not sent ({string.Join(", ", rows.GroupBy(r => (string?)r["result"]).Select(g => $"{g.Count()} {g.Key}"))})";

    private static JsonArray Sorted(List<JsonObject> rows) =>
        [.. rows.OrderBy(r => (int)r["line"]!).Select(r => (JsonNode)r)];
}

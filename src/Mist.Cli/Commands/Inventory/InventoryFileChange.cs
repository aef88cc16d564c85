using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Inventory;

/// <summary>
/// assign, unassign and release with <c>--file</c>: the MACs are checked whole, found in one inventory listing
/// (unknown MACs are failed rows), confirmed once, and changed <see cref="MacsPerRequest"/> per request, several
/// requests in flight. Each batch is a PUT, safe to repeat. <c>--dry-run</c> prints the plan.
/// </summary>
internal sealed class InventoryFileChange(InventoryChangeCommand command, CommandContext context, int concurrency)
{
    /// <summary>Mist's inventory PUT takes many MACs; a hundred keeps each request small enough to retry cheaply.</summary>
    public const int MacsPerRequest = 100;

    public static readonly ResourceView FileView = InventoryChangeRows.View with
    {
        Fields = new HashSet<string>(InventoryChangeRows.View.Fields, StringComparer.Ordinal) { "line" },
        Columns = ["line", "device", "mac", "name", "result", "reason"],
    };

    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var macs = MacListFile.Read(context.Console, path);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var site = await command.TargetSiteAsync(context, session, cancellationToken).ConfigureAwait(false);
        var inventory = new Dictionary<string, InventoryItem>(StringComparer.Ordinal);
        var listing = session.Client.Inventory.ListAsync(orgId, new InventoryListOptions { Type = DeviceType.All });
        await foreach (var item in listing.WithProgressAsync(context.Console, "inventory", cancellationToken).ConfigureAwait(false))
        {
            if (item.Mac is not null)
            {
                inventory[MacAddress.Normalize(item.Mac)] = item;
            }
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var targets = new List<InventoryTarget>();
        var rows = new List<JsonObject>();
        foreach (var (line, input, mac) in macs)
        {
            lines[mac] = line;
            if (inventory.TryGetValue(mac, out var item))
            {
                targets.Add(new InventoryTarget(input, item with { Mac = mac }));
            }
            else
            {
                rows.Add(new JsonObject { ["line"] = line, ["device"] = input, ["mac"] = mac, ["result"] = "failed", ["reason"] = "Not in the org's inventory." });
            }
        }

        if (context.DryRun)
        {
            rows.AddRange(Rows(targets, new InventoryChangeResult(), site, lines).Select(r => Set(r, "planned", null)));
            context.Output.Notice($"Dry run: nothing was sent. Plan: {targets.Count} to {command.Name} in {Batches(targets).Count} request(s), {macs.Count - targets.Count} not in the inventory.");
            context.Output.WriteList(Sorted(rows), FileView);
            return ExitCodes.Success;
        }

        if (targets.Count > 0)
        {
            await command.ConfirmChangeAsync(context, targets, cancellationToken).ConfigureAwait(false);
        }

        var batches = Batches(targets);
        var run = await new BulkRunner(context.Console, concurrency).RunAsync(
            $"{char.ToUpperInvariant(command.Name[0])}{command.Name[1..]}ing devices",
            batches,
            (batch, token) => IdempotentRetry.RunAsync(t => command.SendAsync(context, session, orgId, [.. batch.Select(b => b.Mac)], site, t), token),
            cancellationToken,
            batch => batch.Length).ConfigureAwait(false);
        for (var i = 0; i < batches.Count; i++)
        {
            var slot = run.Slots[i];
            var batchRows = Rows(batches[i], slot.Result ?? new InventoryChangeResult(), site, lines);
            rows.AddRange(slot.State == BulkState.Done ? batchRows : batchRows.Select(r => Set(r, slot.ResultName, slot.Reason)));
        }

        return BulkReport.Finish(context, Sorted(rows), FileView, run.Cancelled, run.StopReason);
    }

    private static List<InventoryTarget[]> Batches(List<InventoryTarget> targets) => [.. targets.Chunk(MacsPerRequest)];

    private IEnumerable<JsonObject> Rows(IReadOnlyList<InventoryTarget> targets, InventoryChangeResult result, Mist.Site? site, Dictionary<string, int> lines) =>
        // Cloned: the rows come inside an array of their own, and a JSON node has one parent.
        InventoryChangeRows.From(targets, result, command.DoneResult, site?.Id).OfType<JsonObject>().Select(r => r.DeepClone().AsObject()).Select(r =>
        {
            r["line"] = lines[(string)r["mac"]!];
            return r;
        });

    private static JsonObject Set(JsonObject row, string result, string? reason)
    {
        row["result"] = result;
        row["reason"] = reason;
        return row;
    }

    private static JsonArray Sorted(List<JsonObject> rows) =>
        [.. rows.OrderBy(r => (int)r["line"]!).Select(r => (JsonNode)r)];
}

using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Output;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Device.Rename;

/// <summary>
/// <c>mist device rename FILE.csv|--file FILE.csv [--concurrency N]</c>: names devices from a spreadsheet. Devices are found
/// in one inventory listing; a device whose name (and notes) already match is not written; unknown or unassigned
/// devices are failed rows. <c>--dry-run</c> prints the plan and sends no write.
/// </summary>
internal sealed class DeviceRenameCommand : MistCommand
{
    public static readonly ResourceView RenameView = new(
        "rename result",
        new HashSet<string>(StringComparer.Ordinal) { "line", "device", "mac", "old_name", "name", "action", "changes", "result", "site_id", "reason" },
        ["line", "device", "old_name", "name", "action", "result", "reason"]);

    private readonly CsvFileInput _file = new(
        "CSV with a header row: mac or serial, name, and optionally notes",
        "columns mac (or serial), name and optionally notes");
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    public DeviceRenameCommand(CliApp app)
        : base(app, "rename", "Rename devices (and set their notes) from a CSV file; devices that already match are not written.")
    {
        _file.AddTo(this);
        Options.Add(_concurrency);
    }

    protected override ResourceView View => RenameView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var path = _file.PathOf(context.Parse);
        var concurrency = BulkOptions.ConcurrencyOf(context.Parse, _concurrency);
        var (rows, hasNotes) = DeviceRenameFile.Read(context.Console, path);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var inventory = new List<InventoryItem>();
        var listing = session.Client.Inventory.ListAsync(orgId, new InventoryListOptions { Type = DeviceType.All });
        await foreach (var item in listing.WithProgressAsync(context.Console, "inventory", cancellationToken).ConfigureAwait(false))
        {
            inventory.Add(item);
        }

        var configs = hasNotes ? await ConfigsAsync(session, rows, inventory, cancellationToken).ConfigureAwait(false) : new Dictionary<string, Mist.Device>();
        var steps = DeviceRenamePlanner.Plan(rows, inventory, configs);
        if (context.DryRun)
        {
            var plan = new JsonArray([.. steps.Select(s => (JsonNode)s.ToRow(s.Writes ? "planned" : s.Action == "skip" ? "failed" : "unchanged", null))]);
            context.Output.Notice($"Dry run: nothing was sent. Plan: {string.Join(", ", steps.GroupBy(s => s.Action).Select(g => $"{g.Count()} {g.Key}"))}.");
            context.Output.WriteList(plan, View);
            return ExitCodes.Success;
        }

        var client = session.Client;
        var writes = steps.Where(s => s.Writes).ToList();
        var run = await new BulkRunner(context.Console, concurrency).RunAsync(
            "Renaming devices",
            writes,
            (step, token) => IdempotentRetry.RunAsync(
                t => client.Devices.UpdateAsync(step.Item!.SiteId!.Value, step.Item.Id ?? MacAddress.ToDeviceId(step.Item.Mac!), step.Changes!, t), token),
            cancellationToken).ConfigureAwait(false);

        var outcomes = writes.Select((s, i) => (s, run.Slots[i])).ToDictionary(p => p.s.Row.Line, p => p.Item2);
        var report = new JsonArray();
        foreach (var step in steps)
        {
            var row = outcomes.TryGetValue(step.Row.Line, out var slot)
                ? step.ToRow(slot.State == BulkState.Done ? "renamed" : slot.ResultName, slot.Reason)
                : step.ToRow(step.Action == "skip" ? "failed" : "unchanged", null);
            report.Add((JsonNode)row);
        }

        return BulkReport.Finish(context, report, View, run.Cancelled, run.StopReason);
    }

    /// <summary>The device configurations (for their notes) of the sites the file's devices are on: one listing per site.</summary>
    private static async Task<Dictionary<string, Mist.Device>> ConfigsAsync(
        MistSession session, IReadOnlyList<DeviceRenameRow> rows, IReadOnlyList<InventoryItem> inventory, CancellationToken cancellationToken)
    {
        var wanted = rows.Select(r => r.Device).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sites = inventory
            .Where(i => i.SiteId is not null && ((i.Mac is not null && wanted.Contains(MacAddress.Normalize(i.Mac))) || (i.Serial is not null && wanted.Contains(i.Serial))))
            .Select(i => i.SiteId!.Value)
            .Distinct();
        var configs = new Dictionary<string, Mist.Device>(StringComparer.Ordinal);
        foreach (var siteId in sites)
        {
            await foreach (var device in session.Client.Devices.ListAsync(siteId, new DeviceListOptions { Type = DeviceType.All }).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (device.Mac is not null)
                {
                    configs[MacAddress.Normalize(device.Mac)] = device;
                }
            }
        }

        return configs;
    }
}

using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Device;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary>
/// assign, unassign and release: resolve every DEVICE (no write until all are known), let the command confirm and
/// send one request, then print one row per device. Some devices failing is exit 6; all of them, exit 1.
/// With <c>--file</c>, the MACs of a file are changed in batches instead (see <see cref="InventoryFileChange"/>).
/// </summary>
internal abstract class InventoryChangeCommand : MistCommand
{
    private readonly Argument<string[]> _devices = DeviceArguments.Devices();
    private readonly Option<string?> _file = new("--file") { Description = "A file of devices: a MAC (any notation) or serial a line, or a CSV with mac or serial (and for assign site_name or site_id) columns; - for stdin." };
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    protected InventoryChangeCommand(CliApp app, string name, string description)
        : base(app, name, description)
    {
        _devices.Arity = ArgumentArity.ZeroOrMore;
        Arguments.Add(_devices);
        Options.Add(_file);
        Options.Add(_concurrency);
    }

    protected override ResourceView View => InventoryChangeRows.View;

    /// <summary>What a device that succeeded shows as its result: <c>assigned</c>, <c>unassigned</c>, <c>released</c>.</summary>
    protected abstract string Done { get; }

    /// <summary>What a device that succeeded shows as its result, for the --file flow.</summary>
    internal string DoneResult => Done;

    /// <summary>Checks the command's own options before anything is sent.</summary>
    protected virtual void Validate(ParseResult parse)
    {
    }

    /// <summary>Whether each device goes to a site (assign): a file may then name one per row.</summary>
    protected internal virtual bool NeedsSite => false;

    /// <summary>The <c>--site</c> given, if the command has one.</summary>
    protected internal virtual string? SiteOption(ParseResult parse) => null;

    /// <summary>
    /// Why a device is not sent: it is already in the state the command makes (a re-run sends nothing for it, and
    /// reports it <c>unchanged</c>), or the command would refuse it. Null: send it.
    /// </summary>
    /// <param name="item">The device as the inventory listing has it.</param>
    /// <param name="site">The site it goes to (assign), else null.</param>
    /// <param name="siteName">The name of a site by id, for the reason.</param>
    protected internal virtual (string Result, string Reason)? Skip(InventoryItem item, Mist.Site? site, Func<Guid, string> siteName) => null;

    /// <summary>The site the devices go to, resolved before any device is looked up (none by default).</summary>
    protected internal virtual Task<Mist.Site?> TargetSiteAsync(CommandContext context, MistSession session, CancellationToken cancellationToken) =>
        Task.FromResult<Mist.Site?>(null);

    /// <summary>Asks before a destructive change (nothing by default).</summary>
    protected internal virtual Task ConfirmChangeAsync(CommandContext context, IReadOnlyList<InventoryTarget> targets, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Sends the change for these MACs (one request).</summary>
    protected internal abstract Task<InventoryChangeResult> SendAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<string> macs, Mist.Site? site, CancellationToken cancellationToken);

    /// <summary>Reads the command's own options that the shared flows consult (nothing by default).</summary>
    protected virtual void ReadOptions(ParseResult parse)
    {
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ReadOptions(context.Parse);
        var devices = context.Parse.GetValue(_devices) ?? [];
        if (context.Parse.GetValue(_file) is { } file)
        {
            if (devices.Length > 0)
            {
                throw CliException.Usage("Give devices as arguments or with --file, not both.");
            }

            var concurrency = BulkOptions.ConcurrencyOf(context.Parse, _concurrency);
            return await new InventoryFileChange(this, context, concurrency).RunAsync(file, cancellationToken).ConfigureAwait(false);
        }

        if (devices.Length == 0)
        {
            throw CliException.Usage("Name at least one device (id, MAC, serial or name), or give a file of MACs with --file.");
        }

        var inputs = DeviceReference.CheckAll(devices);
        Validate(context.Parse);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var site = await TargetSiteAsync(context, session, cancellationToken).ConfigureAwait(false);
        var all = await InventoryTargets.ResolveAsync(session, inputs, cancellationToken).ConfigureAwait(false);
        var names = new Dictionary<Guid, string>();
        foreach (var siteId in all.Select(t => t.Item.SiteId).OfType<Guid>().Distinct())
        {
            names[siteId] = (await session.GetSiteAsync(siteId.ToString(), cancellationToken).ConfigureAwait(false)).Name ?? siteId.ToString();
        }

        var skipped = all.Select(t => (Target: t, Skip: Skip(t.Item, site, id => names.GetValueOrDefault(id) ?? id.ToString()))).Where(p => p.Skip is not null).ToList();
        var targets = all.Where(t => !skipped.Any(s => s.Target == t)).ToList();
        var result = new InventoryChangeResult();
        if (targets.Count > 0)
        {
            await ConfirmChangeAsync(context, targets, cancellationToken).ConfigureAwait(false);
            result = await SendAsync(context, session, orgId, [.. targets.Select(t => t.Mac)], site, cancellationToken).ConfigureAwait(false);
        }

        var rows = InventoryChangeRows.From(targets, result, Done, site?.Id);
        foreach (var (target, skip) in skipped)
        {
            var row = InventoryChangeRows.From([target], new InventoryChangeResult(), Done, site?.Id)[0]!.DeepClone().AsObject();
            row["result"] = skip!.Value.Result;
            row["reason"] = skip.Value.Reason;
            rows.Add((JsonNode)row);
        }

        var code = InventoryChangeRows.ExitCode(rows);
        var succeeded = rows.Count(r => (string?)r!["result"] == Done);
        if (code == ExitCodes.Success && targets.Count == 0)
        {
            context.Output.Success($"Nothing to do: {(all.Count == 1 ? "the device is" : "the devices are")} already {Done}{(site is null ? string.Empty : $" to site {site.Name}")}.");
        }
        else if (code == ExitCodes.Success)
        {
            context.Output.Success($"{char.ToUpperInvariant(Done[0])}{Done[1..]} {Count(succeeded)}{(site is null ? string.Empty : $" to site {site.Name}")}{(skipped.Count == 0 ? string.Empty : $"; {skipped.Count} unchanged")}.");
        }
        else
        {
            context.Output.Notice($"{rows.Count(r => (string?)r!["result"] == "failed")} of {Count(rows.Count)} failed; see the reason column.");
        }

        context.Output.WriteList(rows, View);
        return code;
    }

    /// <summary>
    /// For destructive changes: on a terminal the user types the device's name (or MAC) for one device, the number
    /// of devices for several; elsewhere <c>--yes</c> is needed.
    /// </summary>
    protected static Task ConfirmAsync(CommandContext context, string verb, IReadOnlyList<InventoryTarget> targets, string fromOne, string fromSeveral, CancellationToken cancellationToken)
    {
        if (targets.Count == 1)
        {
            return context.ConfirmAsync($"{verb} device {targets[0].Description} {fromOne}", targets[0].Label, cancellationToken);
        }

        var names = string.Join(", ", targets.Take(5).Select(t => t.Label)) + (targets.Count > 5 ? ", ..." : string.Empty);
        return context.ConfirmAsync($"{verb} {targets.Count} devices ({names}) {fromSeveral}", targets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    private static string Count(int n) => n == 1 ? "1 device" : $"{n} devices";
}

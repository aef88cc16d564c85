using System.CommandLine;
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
    private readonly Option<string?> _file = new("--file") { Description = "A file of MAC addresses (any notation), one a line; blank and # lines ignored; - for stdin." };
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

    /// <summary>The site the devices go to, resolved before any device is looked up (none by default).</summary>
    protected internal virtual Task<Mist.Site?> TargetSiteAsync(CommandContext context, MistSession session, CancellationToken cancellationToken) =>
        Task.FromResult<Mist.Site?>(null);

    /// <summary>Asks before a destructive change (nothing by default).</summary>
    protected internal virtual Task ConfirmChangeAsync(CommandContext context, IReadOnlyList<InventoryTarget> targets, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Sends the change for these MACs (one request).</summary>
    protected internal abstract Task<InventoryChangeResult> SendAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<string> macs, Mist.Site? site, CancellationToken cancellationToken);

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var devices = context.Parse.GetValue(_devices) ?? [];
        if (context.Parse.GetValue(_file) is { } file)
        {
            if (devices.Length > 0)
            {
                throw CliException.Usage("Give devices as arguments or with --file, not both.");
            }

            Validate(context.Parse);
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
        var targets = await InventoryTargets.ResolveAsync(session, inputs, cancellationToken).ConfigureAwait(false);
        await ConfirmChangeAsync(context, targets, cancellationToken).ConfigureAwait(false);
        var result = await SendAsync(context, session, orgId, [.. targets.Select(t => t.Mac)], site, cancellationToken).ConfigureAwait(false);
        var rows = InventoryChangeRows.From(targets, result, Done, site?.Id);
        var code = InventoryChangeRows.ExitCode(rows);
        var succeeded = rows.Count(r => r!["result"]!.GetValue<string>() == Done);
        if (code == ExitCodes.Success)
        {
            context.Output.Success($"{char.ToUpperInvariant(Done[0])}{Done[1..]} {Count(succeeded)}{(site is null ? string.Empty : $" to site {site.Name}")}.");
        }
        else
        {
            context.Output.Notice($"{rows.Count - succeeded} of {Count(rows.Count)} failed; see the reason column.");
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

using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Device;

/// <summary>
/// <c>mist device list</c>: the devices on the org's sites (or on one site), from the org inventory, 1,000 per
/// request. The inventory is the one listing that covers a whole org and says whether each device is connected;
/// devices claimed but on no site are left to <c>mist inventory list --unassigned</c>. Fields of the device
/// configuration named by <c>--fields</c> (<c>notes</c>, <c>x</c>, ...) are read with one more listing per site.
/// Health (status, version, IP, uptime, clients, last seen) comes from device stats: see <see cref="DeviceHealth"/>.
/// </summary>
internal sealed class DeviceListCommand : MistCommand
{
    private readonly Option<string?> _site = new("--site") { Description = "Only the devices of this site (id or name)." };
    private readonly Option<string?> _type = DeviceArguments.Type();
    private readonly Option<string?> _model = new("--model") { Description = "Only this hardware model, such as AP43." };
    private readonly Option<string?> _name = new("--name") { Description = "Only devices whose name matches this pattern (* and ?, case-insensitive)." };
    private readonly Option<string?> _status = new("--status") { Description = "Only devices in this state (from device stats): connected, disconnected, upgrading or restarting." };
    private readonly Option<string?> _version = new("--version") { Description = "Only devices running this firmware version." };

    public DeviceListCommand(CliApp app)
        : base(app, "list", "List the devices on the org's sites, every type unless --type (devices on no site: `mist inventory list --unassigned`).")
    {
        _status.AcceptOnlyFromAmong("connected", "disconnected", "upgrading", "restarting");
        foreach (var option in new Option[] { _site, _type, _model, _name, _status, _version })
        {
            Options.Add(option);
        }
    }

    protected override ResourceView View => DeviceViews.List;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var matchesName = Glob.Matcher(parse.GetValue(_name));
        var status = parse.GetValue(_status);
        var version = parse.GetValue(_version);
        var filter = new InventoryListOptions { Type = DeviceArguments.TypeOrAll(parse.GetValue(_type)), Model = parse.GetValue(_model), Unassigned = false };

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<Guid, string?>? siteNames = null;
        if (parse.GetValue(_site) is { } siteRef)
        {
            var site = await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false);
            filter.SiteId = site.Id;
            siteNames = new() { [site.Id] = site.Name };
        }

        // Stats are read alongside the inventory (DeviceRows holds the inventory pages that come first); if the
        // inventory fails first, the stats read is stopped and its end observed.
        using var stopHealth = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var health = DeviceHealth.ReadAsync(session, orgId, filter.SiteId, stopHealth.Token);
        try
        {
            await DeviceRows.WriteAsync(
                context.Console,
                session,
                orgId,
                filter,
                item => item.SiteId is not null && matchesName(item.Name),
                siteNames,
                context.Output.StartList(View),
                cancellationToken,
                DeviceConfigs.Wanted(context.Output.Options.Fields) is { Count: > 0 } wanted ? new DeviceConfigs(session, wanted) : null,
                health,
                row => (status is null || (string?)row["status"] == status) && (version is null || (string?)row["version"] == version)).ConfigureAwait(false);
        }
        finally
        {
            await stopHealth.CancelAsync().ConfigureAwait(false);
            await ((Task)health).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Mist.Cli.Commands.Device;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory list [--site SITE] [--unassigned] [--type T] [--model M]</c>: every type unless <c>--type</c>, 1,000 per request.</summary>
internal sealed class InventoryListCommand : MistCommand
{
    private readonly Option<string?> _site = new("--site") { Description = "Only the devices of this site (id or name)." };
    private readonly Option<bool> _unassigned = new("--unassigned") { Description = "Only the devices on no site." };
    private readonly Option<string?> _type = DeviceArguments.Type();
    private readonly Option<string?> _model = new("--model") { Description = "Only this hardware model, such as AP43." };

    public InventoryListCommand(CliApp app)
        : base(app, "list", "List the org's inventory: every claimed device, on a site or not.")
    {
        foreach (var option in new Option[] { _site, _unassigned, _type, _model })
        {
            Options.Add(option);
        }
    }

    protected override ResourceView View => DeviceViews.Inventory;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var unassigned = parse.GetValue(_unassigned);
        var siteRef = parse.GetValue(_site);
        if (unassigned && siteRef is not null)
        {
            throw CliException.Usage("--unassigned and --site cannot be combined: devices on no site are on no site.");
        }

        var filter = new InventoryListOptions { Type = DeviceArguments.TypeOrAll(parse.GetValue(_type)), Model = parse.GetValue(_model) };
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<Guid, string?>? siteNames = null;
        if (siteRef is not null)
        {
            var site = await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false);
            filter.SiteId = site.Id;
            siteNames = new() { [site.Id] = site.Name };
        }

        // Mist's `unassigned` filter only says whether devices on no site are included, never "only those".
        await DeviceRows.WriteAsync(
            context.Console, session, orgId, filter, item => !unassigned || item.SiteId is null, siteNames, context.Output.StartList(View), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}

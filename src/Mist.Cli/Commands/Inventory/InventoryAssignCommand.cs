using System.CommandLine;
using Mist.Cli.Errors;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory assign DEVICE... --site SITE [--no-reassign]</c>: puts devices on a site (moving them from another unless --no-reassign).</summary>
internal sealed class InventoryAssignCommand : InventoryChangeCommand
{
    private readonly Option<string?> _site = new("--site") { Description = "The site to assign the devices to (id or exact name). Required." };
    private readonly Option<bool> _noReassign = new("--no-reassign") { Description = "Fail for devices already on another site instead of moving them." };

    public InventoryAssignCommand(CliApp app)
        : base(app, "assign", "Assign devices to a site.")
    {
        Options.Add(_site);
        Options.Add(_noReassign);
    }

    protected override string Done => "assigned";

    protected override void Validate(ParseResult parse)
    {
        if (string.IsNullOrWhiteSpace(parse.GetValue(_site)))
        {
            throw CliException.Usage("--site is required: the site to assign the devices to (id or exact name).");
        }
    }

    protected override async Task<Mist.Site?> TargetSiteAsync(CommandContext context, MistSession session, CancellationToken cancellationToken) =>
        await session.GetSiteAsync(context.Parse.GetValue(_site)!.Trim(), cancellationToken).ConfigureAwait(false);

    protected override Task<InventoryChangeResult> ChangeAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<InventoryTarget> targets, Mist.Site? site, CancellationToken cancellationToken) =>
        session.Client.Inventory.AssignAsync(orgId, site!.Id, [.. targets.Select(t => t.Mac)], context.Parse.GetValue(_noReassign), cancellationToken);
}

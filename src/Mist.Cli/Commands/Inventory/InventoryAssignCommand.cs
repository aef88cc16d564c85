using System.CommandLine;
using Mist.Cli.Errors;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary><c>mist inventory assign DEVICE... --site SITE [--no-reassign]</c>: puts devices on a site (moving them from another unless --no-reassign).</summary>
internal sealed class InventoryAssignCommand : InventoryChangeCommand
{
    private readonly Option<string?> _site = new("--site") { Description = "The site to assign the devices to (id or name). Required, unless every --file row names its site." };
    private readonly Option<bool> _noReassign = new("--no-reassign") { Description = "Fail for devices already on another site instead of moving them." };

    public InventoryAssignCommand(CliApp app)
        : base(app, "assign", "Assign devices to a site.")
    {
        Options.Add(_site);
        Options.Add(_noReassign);
    }

    protected override string Done => "assigned";

    protected internal override bool NeedsSite => true;

    protected internal override string? SiteOption(ParseResult parse) => parse.GetValue(_site) is { } site && !string.IsNullOrWhiteSpace(site) ? site.Trim() : null;

    protected internal override (string Result, string Reason)? Skip(InventoryItem item, Mist.Site? site, Func<Guid, string> siteName) =>
        (item.SiteId, site) switch
        {
            ({ } current, { } wanted) when current == wanted.Id => ("unchanged", $"Already on site {wanted.Name}."),
            ({ } current, _) when _noReassignValue => ("failed", $"On site {siteName(current)}; not moved (--no-reassign)."),
            _ => null,
        };

    private bool _noReassignValue;

    protected override void ReadOptions(ParseResult parse) => _noReassignValue = parse.GetValue(_noReassign);

    protected override void Validate(ParseResult parse)
    {
        if (string.IsNullOrWhiteSpace(parse.GetValue(_site)))
        {
            throw CliException.Usage("--site is required: the site to assign the devices to (id or name).");
        }
    }

    protected internal override async Task<Mist.Site?> TargetSiteAsync(CommandContext context, MistSession session, CancellationToken cancellationToken) =>
        await session.GetSiteAsync(context.Parse.GetValue(_site)!.Trim(), cancellationToken).ConfigureAwait(false);

    protected internal override Task<InventoryChangeResult> SendAsync(
        CommandContext context, MistSession session, Guid orgId, IReadOnlyList<string> macs, Mist.Site? site, CancellationToken cancellationToken) =>
        session.Client.Inventory.AssignAsync(orgId, site!.Id, macs, context.Parse.GetValue(_noReassign), cancellationToken);
}

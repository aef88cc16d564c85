using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Site;

/// <summary><c>mist site update SITE [--name N] ... [--set k=v]</c>: sends only the fields given (Mist's PUT merges).</summary>
internal sealed class SiteUpdateCommand : MistCommand
{
    private readonly Argument<string> _site = SiteArguments.Site();
    private readonly SiteFieldOptions _fields = new();

    public SiteUpdateCommand(CliApp app)
        : base(app, "update", "Change a site's fields; only the fields given are sent.")
    {
        Arguments.Add(_site);
        _fields.AddTo(this);
    }

    protected override ResourceView View => ResourceView.Site;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var changes = new SiteUpdateOptions();
        if (!_fields.Apply(context.Parse, changes, includeName: true))
        {
            throw CliException.Usage("Nothing to change: give at least one of --name, --address, --timezone, --country-code, --latlng, --notes or --set.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var site = await session.GetSiteAsync(context.Parse.GetRequiredValue(_site), cancellationToken).ConfigureAwait(false);
        var updated = await session.Client.Sites.UpdateAsync(site.Id, changes, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Updated site {updated.Name} ({string.Join(", ", changes.FieldNames)}).");
        context.Output.WriteItem(ModelJson.Object(updated, MistJsonContext.Default.Site), View);
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Site;

/// <summary><c>mist site view SITE</c>.</summary>
internal sealed class SiteViewCommand : MistCommand
{
    private readonly Argument<string> _site = SiteArguments.Site();

    public SiteViewCommand(CliApp app)
        : base(app, "view", "Show a site.")
    {
        Arguments.Add(_site);
    }

    protected override ResourceView View => ResourceView.Site;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var site = await session.GetSiteAsync(context.Parse.GetRequiredValue(_site), cancellationToken).ConfigureAwait(false);
        context.Output.WriteItem(ModelJson.Object(site, MistJsonContext.Default.Site), View);
        return ExitCodes.Success;
    }
}

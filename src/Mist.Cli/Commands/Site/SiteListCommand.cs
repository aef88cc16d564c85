using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Site;

/// <summary><c>mist site list [--name GLOB]</c>: every site of the org (1,000 per request).</summary>
internal sealed class SiteListCommand : MistCommand
{
    private static readonly Option<string?> s_name = new("--name") { Description = "Only sites whose name matches this pattern (* and ?, case-insensitive)." };

    public SiteListCommand(CliApp app)
        : base(app, "list", "List the org's sites.")
    {
        Options.Add(s_name);
    }

    protected override ResourceView View => ResourceView.Site;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var matches = Glob.Matcher(context.Parse.GetValue(s_name));
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var list = context.Output.StartList(View);
        await foreach (var page in session.Client.Sites.ListAsync(orgId).PagesWithProgressAsync(context.Console, "sites", cancellationToken).ConfigureAwait(false))
        {
            foreach (var site in page.Values.Where(s => matches(s.Name)))
            {
                list.Add(site, MistJsonContext.Default.Site);
            }

            list.Flush();
        }

        list.Complete();
        return ExitCodes.Success;
    }
}

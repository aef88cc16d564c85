using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Org;

/// <summary><c>mist org view [ORG]</c>: the org with its counters.</summary>
internal sealed class OrgViewCommand : MistCommand
{
    private static readonly Argument<string?> s_org = new("org") { Description = "Org id or name (default: --org, or the only org the token reaches).", Arity = ArgumentArity.ZeroOrOne };

    public OrgViewCommand(CliApp app)
        : base(app, "view", "Show an org and its counts of sites, devices and inventory.")
    {
        Arguments.Add(s_org);
    }

    protected override ResourceView View => ResourceView.Org;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = context.Parse.GetValue(s_org) is { } named
            ? await session.ResolveOrgAsync(named, cancellationToken).ConfigureAwait(false)
            : await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var org = ModelJson.Object(await session.Client.Orgs.GetAsync(orgId, cancellationToken).ConfigureAwait(false), MistJsonContext.Default.Org);
        var stats = ModelJson.Object(await session.Client.Orgs.GetStatsAsync(orgId, cancellationToken).ConfigureAwait(false), MistJsonContext.Default.OrgStats);
        foreach (var (key, value) in stats.Where(p => p.Key.StartsWith("num_", StringComparison.Ordinal)))
        {
            org[key] = value?.DeepClone();
        }

        context.Output.WriteItem(org, View);
        return ExitCodes.Success;
    }
}

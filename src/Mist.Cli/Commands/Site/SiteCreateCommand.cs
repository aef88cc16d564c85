using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Site;

/// <summary>
/// <c>mist site create --name N ...</c>. Mist allows two sites with one name, so an existing site of that name is
/// reported (exit 0) instead of creating a duplicate, unless <c>--allow-duplicate</c>.
/// </summary>
internal sealed class SiteCreateCommand : MistCommand
{
    private static readonly Option<bool> s_allowDuplicate = new("--allow-duplicate") { Description = "Create the site even if one of that name exists." };
    private readonly SiteFieldOptions _fields = new();

    public SiteCreateCommand(CliApp app)
        : base(app, "create", "Create a site.")
    {
        _fields.AddTo(this);
        Options.Add(s_allowDuplicate);
    }

    protected override ResourceView View => ResourceView.Site;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var name = context.Parse.GetValue(_fields.Name) ?? throw CliException.Usage("--name is required.");
        var site = new SiteCreateOptions(Validation.InputParsers.NonEmpty(name, "--name"));
        _fields.Apply(context.Parse, site, includeName: false);

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        if (!context.Parse.GetValue(s_allowDuplicate))
        {
            var existing = await session.Client.Sites.FindByNameAsync(orgId, site.Name, cancellationToken).ConfigureAwait(false);
            if (existing.Count > 0)
            {
                context.Output.Notice($"A site named '{site.Name}' already exists ({existing[0].Id}); not creating another. Use --allow-duplicate to create one anyway.");
                context.Output.WriteItem(ModelJson.Object(existing[0], MistJsonContext.Default.Site), View);
                return ExitCodes.Success;
            }
        }

        // With duplicates allowed, a create that failed ambiguously cannot be told apart from an older namesake,
        // so it is not resolved by name; otherwise it is, and the site is never created twice.
        var created = context.Parse.GetValue(s_allowDuplicate)
            ? await session.Client.Sites.CreateAsync(orgId, site, cancellationToken).ConfigureAwait(false)
            : await session.Client.Sites.CreateOnceAsync(orgId, site, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Created site {created.Name} ({created.Id}).");
        context.Output.WriteItem(ModelJson.Object(created, MistJsonContext.Default.Site), View);
        return ExitCodes.Success;
    }
}

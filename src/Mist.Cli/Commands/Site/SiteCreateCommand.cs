using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Site;

/// <summary>
/// <c>mist site create --name N ...</c>. Mist allows two sites with one name, so an existing site of that name is
/// reported (exit 0) instead of creating a duplicate, unless <c>--allow-duplicate</c>. The JSON says which happened
/// (<c>"created": true|false</c> beside the site's own fields), and a warning names every given attribute that
/// differs from the existing site's, so a retry with other values is never mistaken for a change.
/// </summary>
internal sealed class SiteCreateCommand : MistCommand
{
    private static readonly Option<bool> s_allowDuplicate = new("--allow-duplicate") { Description = "Create the site even if one of that name exists." };
    private readonly SiteFieldOptions _fields = SiteFieldOptions.ForCreate();

    public SiteCreateCommand(CliApp app)
        : base(app, "create", "Create a site.")
    {
        _fields.AddTo(this);
        Options.Add(s_allowDuplicate);
    }

    protected override ResourceView View => ResourceView.CreatedSite;

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
                var found = ModelJson.Object(existing[0], MistJsonContext.Default.Site);
                context.Output.Notice($"A site named '{site.Name}' already exists ({existing[0].Id}); not creating another. Use --allow-duplicate to create one anyway.");
                foreach (var (field, had, given) in ExistingSiteDifferences.Between(found, site.ToJson()))
                {
                    context.Output.Notice($"Warning: the existing site's {field} is {had}, not {given} as given; it was not changed (use `mist site update`).");
                }

                found["created"] = false;
                context.Output.WriteItem(found, View);
                return ExitCodes.Success;
            }
        }

        // With duplicates allowed, a create that failed ambiguously cannot be told apart from an older namesake,
        // so it is not resolved by name; otherwise it is, and the site is never created twice.
        var created = context.Parse.GetValue(s_allowDuplicate)
            ? await session.Client.Sites.CreateAsync(orgId, site, cancellationToken).ConfigureAwait(false)
            : await session.Client.Sites.CreateOnceAsync(orgId, site, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Created site {created.Name} ({created.Id}).");
        var json = ModelJson.Object(created, MistJsonContext.Default.Site);
        json["created"] = true;
        context.Output.WriteItem(json, View);
        return ExitCodes.Success;
    }
}

using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Org;

/// <summary><c>mist org list</c>: from the token's privileges (Mist has no "list orgs" call) and its MSPs.</summary>
internal sealed class OrgListCommand(CliApp app) : MistCommand(app, "list", "List the orgs your token reaches, with your role in each.")
{
    public static readonly ResourceView ListView = new("org", new HashSet<string>(StringComparer.Ordinal) { "id", "name", "role", "scope", "msp_id" }, ["name", "id", "role", "scope"]);

    protected override ResourceView View => ListView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgs = await session.Client.Self.ListOrgsAsync(cancellationToken).ConfigureAwait(false);
        var rows = new JsonArray([.. orgs.Select(o => (JsonNode)new JsonObject
        {
            ["id"] = o.Id.ToString(),
            ["name"] = o.Name,
            ["role"] = o.Role,
            ["scope"] = o.Scope,
            ["msp_id"] = o.MspId?.ToString(),
        })]);
        context.Output.WriteList(rows, ListView);
        return ExitCodes.Success;
    }
}

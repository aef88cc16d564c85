using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// <c>mist client view MAC</c>: finds the client in the org (<c>searchOrgWirelessClients</c> by MAC) and shows its
/// live stats (<c>getSiteWirelessClientStats</c>) with its site and AP names; a client not connected now shows what
/// the search last saw, with <c>connected: false</c>.
/// </summary>
internal sealed class ClientViewCommand : MistCommand
{
    private readonly Argument<string> _mac = new("MAC") { Description = "The client's MAC address (any notation)." };

    public ClientViewCommand(CliApp app)
        : base(app, "view", "Show one wireless client: where it is connected and how well.") => Arguments.Add(_mac);

    protected override Output.ResourceView View => ActivityViews.ClientView;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var mac = ClientQuery.Mac(context.Parse.GetRequiredValue(_mac));
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var found = await FindAsync(session.Client, orgId, mac, cancellationToken).ConfigureAwait(false);
        var siteId = (string)found["site_id"]!;
        JsonObject item;
        try
        {
            var stats = await session.Client.SendAsync(MistOperations.GetSiteWirelessClientStats.CreateRequest(siteId, mac), cancellationToken).ConfigureAwait(false);
            item = JsonNode.Parse(stats.Text) as JsonObject ?? throw new CliException($"The stats of client {mac} are not a JSON object.", ExitCodes.Failure);
            item["connected"] = true;
        }
        catch (MistNotFoundException)
        {
            item = found;
            item["connected"] = false;
        }

        using var names = new ClientNames(session.Client, orgId);
        await names.EnrichAsync([item], cancellationToken).ConfigureAwait(false);
        context.Output.WriteItem(item, View);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The client's latest search record in the org (the last 7 days), or exit 5. Only a record whose <c>mac</c> is the
    /// one asked for counts: a server that ignored the filter must not make another client's record the answer.
    /// </summary>
    internal static async Task<JsonObject> FindAsync(MistClient client, Guid orgId, string mac, CancellationToken cancellationToken)
    {
        var request = MistOperations.SearchOrgWirelessClients.CreateRequest(orgId.ToString()).AddQuery("mac", mac).AddQuery("duration", "7d").AddQuery("limit", "1");
        var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return (JsonNode.Parse(response.Text)?["results"] as JsonArray)?.OfType<JsonObject>()
                .FirstOrDefault(r => r["mac"] is JsonValue v && v.TryGetValue(out string? found) && ClientQuery.SameMac(found, mac))?.DeepClone().AsObject()
            ?? throw CliException.NotFound($"No wireless client {mac} seen in org {orgId} in the last 7 days.");
    }
}

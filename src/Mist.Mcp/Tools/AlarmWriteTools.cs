using System.ComponentModel;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Acknowledging alarms; registered only when writes are allowed.</summary>
[McpServerToolType]
internal sealed class AlarmWriteTools(MistConnection connection, MistResolver resolve)
{
    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "ack_alarms", Title = "Acknowledge alarms", ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Acknowledges alarms by id (from search_alarms), with an optional note; acknowledging one twice changes nothing. Mist answers the same for ids it does not know, so check with search_alarms (acked) when it matters. With site, the site's alarms; otherwise the org's.")]
    public async Task<ActionResult> AckAlarmsAsync(
        [Description("The alarm ids, from search_alarms.")] string[] alarm_ids,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description("The site the alarms are on: its id or name (omit for org-wide alarm ids).")] string? site = null,
        [Description("A note kept with the acknowledgement, e.g. a ticket number.")] string? note = null,
        CancellationToken cancellationToken = default)
    {
        if (alarm_ids is null || alarm_ids.Length == 0)
        {
            throw ToolErrors.InvalidParams("alarm_ids is required: the ids of the alarms to acknowledge (from search_alarms).");
        }

        var ids = new JsonArray();
        foreach (var id in alarm_ids.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            ids.Add((JsonNode)(Guid.TryParse(id, out var guid) ? guid.ToString("D") : throw ToolErrors.InvalidParams($"alarm_ids: '{id}' is not an alarm id (a UUID from search_alarms).")));
        }

        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var request = site is null
            ? MistOperations.AckOrgMultipleAlarms.CreateRequest(orgId.ToString("D"))
            : MistOperations.AckSiteMultipleAlarms.CreateRequest((await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false)).Id.ToString("D"));
        var body = new JsonObject { ["alarm_ids"] = ids };
        if (!string.IsNullOrWhiteSpace(note))
        {
            body["note"] = note;
        }

        await _mist.SendAsync(request.WithJson(body), cancellationToken).ConfigureAwait(false);
        return new ActionResult("acknowledged", new JsonObject { ["alarm_ids"] = ids.DeepClone() });
    }
}

using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Validation;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Creating, changing and deleting WLANs; registered only when writes are allowed.</summary>
[McpServerToolType]
internal sealed class WlanWriteTools(MistConnection connection, MistResolver resolve, IConfirmationGate gate)
{
    private const string Consequence = "Clients on this WLAN are disconnected";
    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "create_wlan", Title = "Create WLAN", ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Creates a WLAN (SSID) on a site or in an org WLAN template and returns it (secrets redacted, created: true). " +
        "If the scope already has a WLAN with that SSID, nothing is created and that WLAN is returned with created: false.")]
    public async Task<JsonObject> CreateWlanAsync(
        [Description("The network name, 1 to 32 bytes.")] string ssid,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description("The site to create it on: its id or name. Give site or template.")] string? site = null,
        [Description("The org WLAN template to create it in: its id or name. Give site or template.")] string? template = null,
        [Description("Authentication: open (the default), psk (give psk) or eap (802.1X; its RADIUS servers are then set in the Mist portal or with `mist wlan update --set auth_servers=[...]`).")] string? auth = null,
        [Description("The passphrase of a psk WLAN: 8 to 63 printable ASCII characters, or 64 hex digits. Never returned.")] string? psk = null,
        [Description("Put clients on this VLAN (1 to 4094).")] int? vlan = null,
        [Description("Radio bands: any of \"24\", \"5\", \"6\".")] string[]? bands = null,
        [Description("Whether the SSID is hidden (not broadcast).")] bool? hidden = null,
        [Description("Whether the WLAN is enabled (Mist's default: true).")] bool? enabled = null,
        CancellationToken cancellationToken = default)
    {
        if (site is null && template is null)
        {
            throw ToolErrors.InvalidParams("Say where the WLAN goes: site or template (org WLANs belong to a WLAN template).");
        }

        var body = Body(ssid, auth, psk, vlan, bands, hidden, enabled);
        if (body["ssid"] is null)
        {
            throw ToolErrors.InvalidParams("ssid is required.");
        }

        var scope = await WlanScope.ResolveAsync(_mist, resolve, org, site, template, derived: false, cancellationToken).ConfigureAwait(false);
        var existing = (await scope.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(w => w.Ssid == (string)body["ssid"]!);
        if (existing is not null)
        {
            var shown = scope.Show(existing);
            shown["created"] = false;
            return shown;
        }

        if (scope.TemplateId is { } templateId)
        {
            body["template_id"] = templateId.ToString();
        }

        var created = await scope.Collection.CreateAsync(scope.ScopeId, body.Deserialize(scope.Collection.JsonTypeInfo)!, cancellationToken).ConfigureAwait(false);
        var result = scope.Show(created);
        result["created"] = true;
        return result;
    }

    [McpServerTool(Name = "update_wlan", Title = "Update WLAN", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Changes the given fields of a WLAN and leaves the others as they are; returns it (secrets redacted). Confirmed first: " +
        "a new SSID, authentication or passphrase makes every client on it reconnect.")]
    public async Task<JsonObject> UpdateWlanAsync(
        McpServer server,
        [Description(WlanTools.WlanArgument)] string wlan,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(WlanTools.ScopeSite)] string? site = null,
        [Description(WlanTools.ScopeTemplate)] string? template = null,
        [Description("A new network name, 1 to 32 bytes.")] string? ssid = null,
        [Description("New authentication: open, psk (give psk) or eap.")] string? auth = null,
        [Description("A new passphrase: 8 to 63 printable ASCII characters, or 64 hex digits. Never returned.")] string? psk = null,
        [Description("Put clients on this VLAN (1 to 4094).")] int? vlan = null,
        [Description("Radio bands: any of \"24\", \"5\", \"6\".")] string[]? bands = null,
        [Description("Whether the SSID is hidden (not broadcast).")] bool? hidden = null,
        [Description("Whether the WLAN is enabled; false takes it off the air.")] bool? enabled = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        var body = Body(ssid, auth, psk, vlan, bands, hidden, enabled);
        if (body.Count == 0)
        {
            throw ToolErrors.InvalidParams("Nothing to change: give at least one of ssid, auth, psk, vlan, bands, hidden, enabled.");
        }

        var scope = await WlanScope.ResolveAsync(_mist, resolve, org, site, template, derived: false, cancellationToken).ConfigureAwait(false);
        var found = await scope.FindAsync(wlan, cancellationToken).ConfigureAwait(false);
        await gate.ConfirmAsync(
            server,
            ConfirmationRequest.ForObject($"change WLAN {{target}} of the {scope.Label} ({string.Join(", ", body.Select(p => p.Key))})", "WLAN", found.Ssid, found.Id!.Value.ToString("D"), Consequence + " if its SSID, authentication or passphrase changes, or it is disabled."),
            confirm,
            cancellationToken).ConfigureAwait(false);
        var updated = await scope.Collection.UpdateAsync(scope.ScopeId, found.Id!.Value, body.Deserialize(scope.Collection.JsonTypeInfo)!, cancellationToken).ConfigureAwait(false);
        return scope.Show(updated);
    }

    [McpServerTool(Name = "delete_wlan", Title = "Delete WLAN", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Deletes a WLAN after confirmation. Cannot be undone: the SSID goes off the air and its clients are disconnected.")]
    public async Task<ActionResult> DeleteWlanAsync(
        McpServer server,
        [Description(WlanTools.WlanArgument)] string wlan,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description(WlanTools.ScopeSite)] string? site = null,
        [Description(WlanTools.ScopeTemplate)] string? template = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        var scope = await WlanScope.ResolveAsync(_mist, resolve, org, site, template, derived: false, cancellationToken).ConfigureAwait(false);
        var found = await scope.FindAsync(wlan, cancellationToken).ConfigureAwait(false);
        var id = found.Id!.Value.ToString("D");
        await gate.ConfirmAsync(
            server,
            ConfirmationRequest.ForObject($"delete WLAN {{target}} of the {scope.Label}", "WLAN", found.Ssid, id, "This cannot be undone: the SSID goes off the air and its clients are disconnected."),
            confirm,
            cancellationToken).ConfigureAwait(false);
        await scope.Collection.DeleteAsync(scope.ScopeId, found.Id.Value, cancellationToken).ConfigureAwait(false);
        return new ActionResult("deleted", new JsonObject { ["id"] = id, ["ssid"] = found.Ssid });
    }

    private static JsonObject Body(string? ssid, string? auth, string? psk, int? vlan, string[]? bands, bool? hidden, bool? enabled)
    {
        var body = new JsonObject();
        if (ssid is not null)
        {
            body["ssid"] = WlanRules.SsidProblem(ssid) is { } problem ? throw ToolErrors.InvalidParams($"ssid {problem}.") : ssid;
        }

        if (auth is not null && !WlanRules.AuthTypes.Contains(auth))
        {
            throw ToolErrors.InvalidParams($"auth '{auth}' is not one of open, psk, eap.");
        }

        if (psk is not null)
        {
            if (auth is not (null or "psk"))
            {
                throw ToolErrors.InvalidParams($"psk is a passphrase, which a WLAN with auth {auth} does not take.");
            }

            if (WlanRules.PassphraseProblem(psk) is { } problem)
            {
                throw ToolErrors.InvalidParams($"psk {problem}.");
            }

            body["auth"] = new JsonObject { ["type"] = "psk", ["psk"] = psk };
        }
        else if (auth is not null)
        {
            // Mist's PUT replaces the whole auth object: psk without the passphrase would leave the WLAN without one.
            body["auth"] = auth == "psk"
                ? throw ToolErrors.InvalidParams("A psk WLAN needs its passphrase: give psk.")
                : new JsonObject { ["type"] = auth };
        }

        if (vlan is { } id)
        {
            body["vlan_enabled"] = WlanRules.VlanProblem(id) is { } problem ? throw ToolErrors.InvalidParams($"vlan {problem}.") : true;
            body["vlan_id"] = id;
        }

        if (bands is not null)
        {
            body["bands"] = WlanRules.BandsProblem(bands) is { } problem
                ? throw ToolErrors.InvalidParams($"bands: {problem}.")
                : new JsonArray([.. bands.Distinct(StringComparer.Ordinal).Select(b => (JsonNode?)b)]);
        }

        if (hidden is { } hide)
        {
            body["hide_ssid"] = hide;
        }

        if (enabled is { } on)
        {
            body["enabled"] = on;
        }

        return body;
    }
}

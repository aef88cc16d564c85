using System.ComponentModel;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Creating, changing and deleting sites; registered only when writes are allowed.</summary>
[McpServerToolType]
internal sealed class SiteWriteTools(MistConnection connection, MistResolver resolve, IConfirmationGate gate)
{
    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "create_site", Title = "Create site", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Creates a site in an org and returns it. Not idempotent: calling twice creates two sites with the same name.")]
    public async Task<JsonObject> CreateSiteAsync(
        [Description("The new site's name.")] string name,
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description("The site's postal address.")] string? address = null,
        [Description("Two-letter ISO country code, e.g. FR.")] string? country = null,
        [Description("IANA time zone, e.g. Europe/Paris.")] string? timezone = null,
        [Description("Free-form notes about the site.")] string? notes = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ToolErrors.InvalidParams("name is required and must not be blank.");
        }

        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var site = new SiteCreateOptions(name.Trim());
        Apply(site, address, country, timezone, notes);
        var created = await _mist.Sites.CreateAsync(orgId, site, cancellationToken).ConfigureAwait(false);
        return FieldSelection.All.Apply(created, MistJsonContext.Default.Site);
    }

    [McpServerTool(Name = "update_site", Title = "Update site", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Changes the given fields of a site and leaves the others as they are; returns the updated site. " +
        "Renaming (a new name) is confirmed first, because names are how people and scripts find sites.")]
    public async Task<JsonObject> UpdateSiteAsync(
        McpServer server,
        [Description(ToolText.Site)] string site,
        [Description(MistResolver.OrgDescription + " Used only to look a site up by name.")] string? org = null,
        [Description("A new name (needs confirmation).")] string? name = null,
        [Description("A new postal address.")] string? address = null,
        [Description("A new two-letter ISO country code.")] string? country = null,
        [Description("A new IANA time zone, e.g. Europe/Paris.")] string? timezone = null,
        [Description("New free-form notes (replace the old ones).")] string? notes = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        var changes = new SiteUpdateOptions();
        if (name is not null)
        {
            changes.Name = string.IsNullOrWhiteSpace(name) ? throw ToolErrors.InvalidParams("name must not be blank.") : name.Trim();
        }

        Apply(changes, address, country, timezone, notes);
        if (changes.IsEmpty)
        {
            throw ToolErrors.InvalidParams("Nothing to change: give at least one of name, address, country, timezone, notes.");
        }

        var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        if (changes.Name is { } newName && !string.Equals(newName, found.Name, StringComparison.Ordinal))
        {
            await gate.ConfirmAsync(
                server,
                ConfirmationRequest.ForObject($"rename site {{target}} to '{newName}'", "site", found.Name, found.Id.ToString("D"), "Anything that finds the site by its old name will no longer find it."),
                confirm,
                cancellationToken).ConfigureAwait(false);
        }

        var updated = await _mist.Sites.UpdateAsync(found.Id, changes, cancellationToken).ConfigureAwait(false);
        return FieldSelection.All.Apply(updated, MistJsonContext.Default.Site);
    }

    [McpServerTool(Name = "delete_site", Title = "Delete site", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Deletes a site after confirmation. Cannot be undone: its settings and maps are lost and its devices become unassigned (they stay in the org's inventory).")]
    public async Task<ActionResult> DeleteSiteAsync(
        McpServer server,
        [Description(ToolText.Site)] string site,
        [Description(MistResolver.OrgDescription + " Used only to look a site up by name.")] string? org = null,
        [Description(ToolText.Confirm)] string? confirm = null,
        CancellationToken cancellationToken = default)
    {
        var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        await gate.ConfirmAsync(
            server,
            ConfirmationRequest.ForObject("delete site", "site", found.Name, found.Id.ToString("D"), "This cannot be undone: the site's settings and maps are lost and its devices become unassigned."),
            confirm,
            cancellationToken).ConfigureAwait(false);
        await _mist.Sites.DeleteAsync(found.Id, cancellationToken).ConfigureAwait(false);
        return new ActionResult("deleted", new JsonObject { ["id"] = found.Id.ToString("D"), ["name"] = found.Name });
    }

    private static void Apply(SiteFields site, string? address, string? country, string? timezone, string? notes)
    {
        if (address is not null)
        {
            site.Address = address;
        }

        if (country is not null)
        {
            site.CountryCode = country.Trim().ToUpperInvariant();
        }

        if (timezone is not null)
        {
            site.Timezone = timezone.Trim();
        }

        if (notes is not null)
        {
            site.Notes = notes;
        }
    }
}

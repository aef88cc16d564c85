using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// Turns the templates, policies and site groups a file names into the ids Mist wants, with one listing per kind
/// (never one lookup per row). A name the org lacks, or holds twice, is a problem of its line and column: the import
/// stops with all of them (exit 2) before any write. Site groups the org lacks are created only with
/// <c>--create-sitegroups</c> (in a dry run, announced and shown as <c>new:NAME</c>).
/// </summary>
internal sealed class SiteReferenceResolver(MistClient client, Guid orgId, CliConsole console)
{
    /// <summary>What <c>set</c> shows for a site group a dry run would create.</summary>
    public const string NewPrefix = "new:";

    private readonly Dictionary<SiteReferenceKind, List<(string Id, string? Name)>> _listings = [];

    /// <summary>For each row that names any, the site fields to set: <c>{"rftemplate_id": "...", "sitegroup_ids": [...]}</c>.</summary>
    public async Task<IReadOnlyDictionary<SiteImportRow, JsonObject>> ResolveAsync(
        string path, IReadOnlyList<SiteImportRow> rows, bool createSitegroups, bool dryRun, CancellationToken cancellationToken)
    {
        foreach (var kind in rows.SelectMany(r => r.References).Select(r => r.Kind).Distinct())
        {
            _listings[kind] = await ListAsync(kind, cancellationToken).ConfigureAwait(false);
        }

        var problems = new InputProblems(path);
        var missingGroups = new List<string>();
        var resolved = new Dictionary<SiteImportRow, JsonObject>();
        foreach (var row in rows.Where(r => r.References.Count > 0))
        {
            var fields = new JsonObject();
            foreach (var reference in row.References)
            {
                var ids = new List<string>();
                foreach (var value in reference.Values)
                {
                    if (Find(reference, value, out var problem) is { } id)
                    {
                        ids.Add(id);
                    }
                    else if (reference.Kind.Many && reference.ByName && problem is null && createSitegroups)
                    {
                        missingGroups.Add(value);
                        ids.Add(NewPrefix + value);
                    }
                    else
                    {
                        problems.Add(row.Line, problem ?? Unknown(reference, value, createSitegroups));
                    }
                }

                fields[reference.Kind.Field] = reference.Kind.Many ? new JsonArray([.. ids.Distinct(StringComparer.Ordinal).Select(i => (JsonNode)i)]) : ids.FirstOrDefault();
            }

            resolved[row] = fields;
        }

        problems.ThrowIfAny();
        var created = await CreateGroupsAsync([.. missingGroups.Distinct(StringComparer.Ordinal)], dryRun, cancellationToken).ConfigureAwait(false);
        foreach (var groups in resolved.Values.Select(f => f["sitegroup_ids"]).OfType<JsonArray>())
        {
            for (var i = 0; i < groups.Count; i++)
            {
                if ((string?)groups[i] is { } id && id.StartsWith(NewPrefix, StringComparison.Ordinal) && created.TryGetValue(id[NewPrefix.Length..], out var newId))
                {
                    groups[i] = newId;
                }
            }
        }

        return resolved;
    }

    /// <summary>The id a value names: a name (exact, else case-insensitive when unique) or an id that exists.</summary>
    private string? Find(SiteReference reference, string value, out string? problem)
    {
        problem = null;
        var listing = _listings[reference.Kind];
        if (!reference.ByName)
        {
            if (listing.Any(o => string.Equals(o.Id, value, StringComparison.OrdinalIgnoreCase)))
            {
                return value;
            }

            problem = $"column {reference.Column}: the org has no {reference.Kind.Label} with id {value}.";
            return null;
        }

        var exact = listing.Where(o => string.Equals(o.Name, value, StringComparison.Ordinal)).ToList();
        var matches = exact.Count > 0 ? exact : listing.Where(o => string.Equals(o.Name, value, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
        {
            return matches[0].Id;
        }

        if (matches.Count > 1)
        {
            problem = $"column {reference.Column}: {matches.Count} {reference.Kind.Label}s are named '{value}' ({string.Join(", ", matches.Select(m => m.Id))}); give the id in {reference.Kind.IdColumn}.";
        }

        return null;
    }

    private string Unknown(SiteReference reference, string value, bool createSitegroups)
    {
        var names = _listings[reference.Kind].Select(o => o.Name).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var known = names.Count == 0 ? $"the org has none" : $"the org has {string.Join(", ", names.Take(10))}{(names.Count > 10 ? ", ..." : string.Empty)}";
        var advice = reference.Kind.Many && !createSitegroups ? "; add --create-sitegroups to create the missing ones" : string.Empty;
        return $"column {reference.Column}: no {reference.Kind.Label} named '{value}' ({known}){advice}.";
    }

    private async Task<List<(string Id, string? Name)>> ListAsync(SiteReferenceKind kind, CancellationToken cancellationToken)
    {
        var items = new List<(string, string?)>();
        var request = new MistRequest(HttpMethod.Get, $"/api/v1/orgs/{orgId}/{kind.Path}");
        await foreach (var item in client.GetAllAsync(request).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.GetString() is { } text)
            {
                items.Add((text, item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null));
            }
        }

        return items;
    }

    private async Task<Dictionary<string, string>> CreateGroupsAsync(IReadOnlyList<string> names, bool dryRun, CancellationToken cancellationToken)
    {
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return created;
        }

        if (dryRun)
        {
            console.Error.WriteLine($"Dry run: would create {names.Count} site group(s): {string.Join(", ", names)} (shown as {NewPrefix}NAME).");
            return created;
        }

        foreach (var name in names)
        {
            // A POST is not repeated on an ambiguous failure: the import stops, and a re-run finds the group by name.
            var request = new MistRequest(HttpMethod.Post, $"/api/v1/orgs/{orgId}/sitegroups").WithJson(new JsonObject { ["name"] = name });
            var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            using var body = JsonDocument.Parse(response.Content);
            created[name] = body.RootElement.GetProperty("id").GetString()!;
        }

        console.Error.WriteLine($"Created {names.Count} site group(s): {string.Join(", ", names)}.");
        return created;
    }
}

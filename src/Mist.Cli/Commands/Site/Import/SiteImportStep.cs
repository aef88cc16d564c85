using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// What the import intends for one row: <c>create</c>, <c>update</c> (only the fields that differ), <c>unchanged</c>,
/// or <c>skip</c> (the name is ambiguous in the org).
/// </summary>
internal sealed record SiteImportStep(SiteImportRow Row, string Action, Mist.Site? Existing, SiteFields? Changes, string? Note)
{
    public bool Writes => Action is "create" or "update";

    /// <summary>The site setting's whole <c>vars</c> to send after the site's own fields, or <see langword="null"/>.</summary>
    public JsonObject? Vars { get; init; }

    /// <summary>The result row: the plan's columns plus what happened.</summary>
    public JsonObject ToRow(string result, Guid? id, string? reason) => new()
    {
        ["line"] = Row.Line,
        ["name"] = Row.Name,
        ["action"] = Action,
        ["changes"] = Changes is null || Action == "create" ? null : string.Join(", ", Changes.FieldNames.Concat(Vars is null ? [] : ["vars"])),
        ["set"] = Set(),
        ["result"] = result,
        ["id"] = (id ?? Existing?.Id)?.ToString(),
        ["reason"] = reason ?? Note,
    };

    private JsonObject? Set()
    {
        if (Changes is null)
        {
            return null;
        }

        var set = Changes.ToJson();
        if (Vars is not null)
        {
            set["vars"] = Vars.DeepClone();
        }

        return set;
    }
}

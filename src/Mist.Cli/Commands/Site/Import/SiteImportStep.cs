using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// What the import intends for one row: <c>create</c>, <c>update</c> (only the fields that differ), <c>unchanged</c>,
/// or <c>skip</c> (the name is ambiguous in the org).
/// </summary>
internal sealed record SiteImportStep(SiteImportRow Row, string Action, Mist.Site? Existing, SiteFields? Changes, string? Note)
{
    public bool Writes => Action is "create" or "update";

    /// <summary>The result row: the plan's columns plus what happened.</summary>
    public JsonObject ToRow(string result, Guid? id, string? reason) => new()
    {
        ["line"] = Row.Line,
        ["name"] = Row.Name,
        ["action"] = Action,
        ["changes"] = Changes is null || Action == "create" ? null : string.Join(", ", Changes.FieldNames),
        ["set"] = Changes is null ? null : Changes.ToJson(),
        ["result"] = result,
        ["id"] = (id ?? Existing?.Id)?.ToString(),
        ["reason"] = reason ?? Note,
    };
}

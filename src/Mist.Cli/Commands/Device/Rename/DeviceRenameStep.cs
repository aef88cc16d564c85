using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Device.Rename;

/// <summary>What the rename intends for one row: <c>rename</c> (only the fields that differ), <c>unchanged</c>, or <c>skip</c> (a failure: unknown or unassigned device).</summary>
internal sealed record DeviceRenameStep(DeviceRenameRow Row, string Action, InventoryItem? Item, string? CurrentName, DeviceUpdateOptions? Changes, string? Note)
{
    public bool Writes => Action == "rename";

    public JsonObject ToRow(string result, string? reason) => new()
    {
        ["line"] = Row.Line,
        ["device"] = Row.Device,
        ["mac"] = Item?.Mac,
        ["old_name"] = CurrentName,
        ["name"] = Row.Name,
        ["action"] = Action,
        ["changes"] = Changes is null ? null : string.Join(", ", Changes.FieldNames),
        ["result"] = result,
        ["site_id"] = Item?.SiteId?.ToString(),
        ["reason"] = reason ?? Note,
    };
}

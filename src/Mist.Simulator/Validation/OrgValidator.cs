using System.Text.Json.Nodes;

namespace Mist.Simulator.Validation;

/// <summary>Checks the <c>org</c> fields a client may set (spec: name, allow_mist, session_expiry 10-20160, ...).</summary>
internal static class OrgValidator
{
    public static string? Validate(JsonObject body) => FieldCheck.First(
        FieldCheck.String(body, "name", nonEmpty: true),
        FieldCheck.Boolean(body, "allow_mist"),
        FieldCheck.Integer(body, "session_expiry", 10, 20160),
        FieldCheck.String(body, "alarmtemplate_id", nullable: true),
        FieldCheck.StringArray(body, "orggroup_ids"));
}

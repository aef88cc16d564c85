using System.Text.Json.Nodes;

namespace Mist.Simulator.Validation;

/// <summary>
/// Checks <c>site</c> fields as Mist does: name required on create, timezone an IANA zone, country_code an ISO
/// 3166-1 alpha-2 code, latlng two numbers in range, and the right JSON type for the other known fields.
/// </summary>
internal static class SiteValidator
{
    private static readonly string[] s_nullableIds =
    [
        "alarmtemplate_id", "aptemplate_id", "gatewaytemplate_id", "networktemplate_id", "rftemplate_id",
        "secpolicy_id", "sitetemplate_id",
    ];

    public static string? Validate(JsonObject body, bool create)
    {
        if (create && (!body.TryGetPropertyValue("name", out var name) || name is null))
        {
            return "name is required";
        }

        var error = FieldCheck.First(
            FieldCheck.String(body, "name", nonEmpty: true),
            FieldCheck.String(body, "timezone"),
            FieldCheck.String(body, "country_code"),
            FieldCheck.String(body, "address", nullable: true),
            FieldCheck.String(body, "notes", nullable: true),
            FieldCheck.StringArray(body, "sitegroup_ids"),
            FieldCheck.Object(body, "latlng"));
        if (error is not null)
        {
            return error;
        }

        foreach (var id in s_nullableIds)
        {
            if (FieldCheck.String(body, id, nullable: true) is { } idError)
            {
                return idError;
            }
        }

        if ((string?)body["timezone"] is { } timezone && !Timezones.IsValid(timezone))
        {
            return $"invalid timezone: {timezone} (an IANA time zone such as Europe/Paris is expected)";
        }

        if ((string?)body["country_code"] is { } country && !Countries.IsValid(country))
        {
            return $"invalid country_code: {country} (an ISO 3166-1 alpha-2 code such as FR is expected)";
        }

        return body["latlng"] is JsonObject latlng
            ? FieldCheck.First(
                latlng.ContainsKey("lat") && latlng.ContainsKey("lng") ? null : "invalid latlng: lat and lng are required",
                FieldCheck.Number(latlng, "lat", -90, 90),
                FieldCheck.Number(latlng, "lng", -180, 180))
            : null;
    }
}

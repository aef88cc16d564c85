using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// The cells of a site import file that other tools write in their own ways: lists, site variables, a location as
/// our own <c>-o csv</c> writes it. Each parser fails with a usage error that names the column.
/// </summary>
internal static class SiteImportCells
{
    /// <summary><c>a, b</c> (a comma list in one cell, as peer scripts write it) or <c>["a","b"]</c> (our <c>-o csv</c>).</summary>
    public static IReadOnlyList<string> List(string column, string cell)
    {
        if (cell.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(cell) is JsonArray array && array.All(v => v?.GetValueKind() == JsonValueKind.String)
                    ? [.. array.Select(v => v!.GetValue<string>().Trim()).Where(v => v.Length > 0)]
                    : throw CliException.Usage($"column {column}: '{cell}' is not a list of strings.");
            }
            catch (JsonException)
            {
                throw CliException.Usage($"column {column}: '{cell}' starts like a JSON list but is not one; write names separated by commas.");
            }
        }

        return [.. cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>
    /// <c>k:v|k:v</c>, or <c>k:v,k:v</c> as mist_library's import_sites writes it (used when the cell has no <c>|</c>), or
    /// a JSON object. A value keeps everything after the key's first colon (<c>dns:10.0.0.1:53</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Vars(string cell)
    {
        var vars = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cell.StartsWith('{'))
        {
            try
            {
                foreach (var (key, value) in JsonNode.Parse(cell)!.AsObject())
                {
                    vars[key] = value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString() ?? string.Empty;
                }

                return vars;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                throw CliException.Usage($"column vars: '{cell}' starts like a JSON object but is not one; write key:value|key:value.");
            }
        }

        var separator = cell.Contains('|', StringComparison.Ordinal) ? '|' : ',';
        foreach (var entry in cell.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? entry[..colon].Trim() : string.Empty;
            if (key.Length == 0)
            {
                throw CliException.Usage($"column vars: '{entry}' is not key:value (write key:value|key:value).");
            }

            if (!vars.TryAdd(key, entry[(colon + 1)..].Trim()))
            {
                throw CliException.Usage($"column vars: the variable '{key}' is given twice.");
            }
        }

        return vars;
    }

    /// <summary><c>LAT,LNG</c>, or <c>{"lat":..,"lng":..}</c> as our own <c>site list -o csv</c> writes it.</summary>
    public static LatLng LatLng(string cell)
    {
        if (!cell.StartsWith('{'))
        {
            return InputParsers.LatLng(cell);
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(cell);
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is JsonObject { } location && Number(location["lat"]) is { } lat && Number(location["lng"]) is { } lng)
        {
            return lat is >= -90 and <= 90 && lng is >= -180 and <= 180
                ? new LatLng(lat, lng)
                : throw CliException.Usage($"column latlng: '{cell}' is out of range (lat -90 to 90, lng -180 to 180).");
        }

        throw CliException.Usage($"column latlng: '{cell}' is not a location; use LAT,LNG (48.8566,2.3522) or {{\"lat\":48.8566,\"lng\":2.3522}}.");
    }

    private static double? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    /// <summary>An id column's cell: UUIDs, normalised to Mist's lower-case form.</summary>
    public static IReadOnlyList<string> Ids(SiteReferenceKind kind, string cell)
    {
        var values = kind.Many ? List(kind.IdColumn, cell) : [cell];
        foreach (var value in values)
        {
            if (!Guid.TryParse(value, out _))
            {
                throw CliException.Usage($"column {kind.IdColumn}: '{value}' is not an id (a UUID); give names in {kind.NameColumn} instead.");
            }
        }

        return [.. values.Select(v => Guid.Parse(v).ToString("D", CultureInfo.InvariantCulture))];
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;

namespace Mist.Cli.Validation;

/// <summary>Checks of what the user typed, each failing with exit 2 and a message before anything is sent.</summary>
internal static class InputParsers
{
    public static string Timezone(string value) =>
        ReferenceData.IsTimezone(value)
            ? value
            : throw CliException.Usage($"Unknown time zone '{value}'; use an IANA name such as Europe/Paris or America/Los_Angeles.");

    public static string CountryCode(string value)
    {
        var code = value.Trim().ToUpperInvariant();
        return ReferenceData.IsCountryCode(code)
            ? code
            : throw CliException.Usage($"Unknown country code '{value}'; use a two-letter ISO 3166-1 code such as FR or US.");
    }

    public static LatLng LatLng(string value)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng)
            && lat is >= -90 and <= 90 && lng is >= -180 and <= 180)
        {
            return new LatLng(lat, lng);
        }

        throw CliException.Usage($"'{value}' is not a location; use LAT,LNG in degrees, such as 48.8566,2.3522.");
    }

    public static string Mac(string value) =>
        MacAddress.TryNormalize(value, out var mac)
            ? mac
            : throw CliException.Usage($"'{value}' is not a MAC address (12 hex digits, optionally separated by ':', '-' or '.').");

    public static string NonEmpty(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw CliException.Usage($"{what} must not be empty.") : value.Trim();

    /// <summary>
    /// <c>--set key=value</c>: the value is read as JSON when it is JSON (numbers, true, false, null, objects,
    /// arrays, "quoted strings"), and as a plain string otherwise. Something that starts like JSON but is not is refused.
    /// </summary>
    public static (string Key, JsonNode? Value) SetField(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw CliException.Usage($"--set '{text}' is not key=value.");
        }

        var key = text[..eq].Trim();
        var raw = text[(eq + 1)..];
        if (key.Length == 0 || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw CliException.Usage($"--set key '{key}' is not a Mist field name (letters, digits and _).");
        }

        try
        {
            return (key, JsonNode.Parse(raw));
        }
        catch (JsonException) when (!LooksLikeJson(raw))
        {
            return (key, JsonValue.Create(raw));
        }
        catch (JsonException e)
        {
            throw CliException.Usage($"--set {key}: the value looks like JSON but is not valid JSON: {e.Message}");
        }
    }

    private static bool LooksLikeJson(string raw)
    {
        var trimmed = raw.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[') || trimmed.StartsWith('"');
    }
}

namespace Mist.Cli.Commands.Site.Import;

/// <summary>A checked row of a site import file; a <see langword="null"/> field was left empty (not to be set).</summary>
internal sealed record SiteImportRow(
    int Line,
    string Name,
    string? Address,
    string? Timezone,
    string? CountryCode,
    LatLng? Latlng,
    string? Notes);

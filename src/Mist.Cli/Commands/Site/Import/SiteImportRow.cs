namespace Mist.Cli.Commands.Site.Import;

/// <summary>A checked row of a site import file; a <see langword="null"/> field was left empty (not to be set).</summary>
internal sealed record SiteImportRow(
    int Line,
    string Name,
    string? Address,
    string? Timezone,
    string? CountryCode,
    LatLng? Latlng,
    string? Notes)
{
    /// <summary>Templates, policies and site groups the row names (by name or id), resolved before the plan.</summary>
    public IReadOnlyList<SiteReference> References { get; init; } = [];

    /// <summary>Site variables (<c>vars</c> of the site's setting) to set; <see langword="null"/> when the cell is empty.</summary>
    public IReadOnlyDictionary<string, string>? Vars { get; init; }
}

using System.Globalization;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Validation;

/// <summary>ISO 3166-1 countries (from Debian's iso-codes), served by <c>/const/countries</c> and used to validate <c>country_code</c>.</summary>
internal static class Countries
{
    public static IReadOnlyList<CountryResponse> All { get; } = EmbeddedList.Lines("Mist.Simulator.countries.tsv")
        .Select(line => line.Split('\t'))
        .Select(f => new CountryResponse(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], Certified: true))
        .ToList();

    private static readonly HashSet<string> s_codes = new(All.Select(c => c.Alpha2), StringComparer.Ordinal);

    public static bool IsValid(string alpha2) => s_codes.Contains(alpha2);
}

namespace Mist.Cli.Validation;

/// <summary>IANA time zones and ISO 3166-1 country codes, embedded so that the answer is the same on every host.</summary>
internal static class ReferenceData
{
    private static readonly HashSet<string> s_timezones = new(Lines("Mist.Cli.iana-timezones.txt"), StringComparer.Ordinal);
    private static readonly HashSet<string> s_countries = new(Lines("Mist.Cli.countries.tsv").Select(l => l.Split('\t')[0]), StringComparer.Ordinal);

    public static bool IsTimezone(string name) => s_timezones.Contains(name);

    public static bool IsCountryCode(string code) => s_countries.Contains(code);

    private static List<string> Lines(string resource)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.Trim());
            }
        }

        return lines;
    }
}

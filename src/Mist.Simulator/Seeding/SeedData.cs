namespace Mist.Simulator.Seeding;

/// <summary>Fixed catalogues the seed draws from: places (valid timezone and country), models and names.</summary>
internal static class SeedData
{
    public static readonly (string City, string Country, string Timezone, double Lat, double Lng)[] Places =
    [
        ("Paris", "FR", "Europe/Paris", 48.8566, 2.3522),
        ("London", "GB", "Europe/London", 51.5072, -0.1276),
        ("New York", "US", "America/New_York", 40.7128, -74.006),
        ("San Jose", "US", "America/Los_Angeles", 37.3382, -121.8863),
        ("Chicago", "US", "America/Chicago", 41.8781, -87.6298),
        ("Toronto", "CA", "America/Toronto", 43.6532, -79.3832),
        ("Sao Paulo", "BR", "America/Sao_Paulo", -23.5558, -46.6396),
        ("Berlin", "DE", "Europe/Berlin", 52.52, 13.405),
        ("Madrid", "ES", "Europe/Madrid", 40.4168, -3.7038),
        ("Amsterdam", "NL", "Europe/Amsterdam", 52.3676, 4.9041),
        ("Tokyo", "JP", "Asia/Tokyo", 35.6762, 139.6503),
        ("Singapore", "SG", "Asia/Singapore", 1.3521, 103.8198),
        ("Mumbai", "IN", "Asia/Kolkata", 19.076, 72.8777),
        ("Sydney", "AU", "Australia/Sydney", -33.8688, 151.2093),
    ];

    public static readonly string[] OrgNames =
    [
        "Contoso", "Fabrikam", "Tailspin Toys", "Wide World Importers", "Adventure Works", "Litware", "Proseware",
        "Woodgrove Bank", "Coho Winery", "Fourth Coffee", "Lucerne Publishing", "Margie's Travel",
    ];

    public static readonly string[] ApModels = ["AP43", "AP45", "AP34", "AP32", "AP41", "AP24"];
    public static readonly string[] SwitchModels = ["EX4100-48P", "EX2300-24P", "EX4400-24T"];
    public static readonly string[] GatewayModels = ["SRX320", "SRX345", "SSR120"];


    public static string OuiOf(string type) => type switch
    {
        "ap" => "5c5b35",
        "switch" => "2c2131",
        _ => "4c734f",
    };
}

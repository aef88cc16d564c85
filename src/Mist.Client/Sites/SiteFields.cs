namespace Mist;

/// <summary>The site fields shared by <see cref="SiteCreateOptions"/> and <see cref="SiteUpdateOptions"/>.</summary>
public abstract class SiteFields : MistFieldSet
{
    /// <summary>For the create and update option types.</summary>
    protected SiteFields()
    {
    }

    /// <summary>The postal address.</summary>
    public string? Address
    {
        get => Get("address", MistJsonContext.Default.String);
        set => SetValue("address", value, MistJsonContext.Default.String);
    }

    /// <summary>IANA time zone, such as <c>America/Los_Angeles</c>.</summary>
    public string? Timezone
    {
        get => Get("timezone", MistJsonContext.Default.String);
        set => SetValue("timezone", value, MistJsonContext.Default.String);
    }

    /// <summary>Two-letter ISO country code.</summary>
    public string? CountryCode
    {
        get => Get("country_code", MistJsonContext.Default.String);
        set => SetValue("country_code", value, MistJsonContext.Default.String);
    }

    /// <summary>The site's location.</summary>
    public LatLng? Latlng
    {
        get => Get("latlng", MistJsonContext.Default.LatLng);
        set => SetValue("latlng", value, MistJsonContext.Default.LatLng);
    }

    /// <summary>Free-form notes.</summary>
    public string? Notes
    {
        get => Get("notes", MistJsonContext.Default.String);
        set => SetValue("notes", value, MistJsonContext.Default.String);
    }
}

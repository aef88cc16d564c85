namespace Mist;

/// <summary>A new site: a name, and any other fields to set.</summary>
public sealed class SiteCreateOptions : SiteFields
{
    /// <summary>Starts a site with its required name.</summary>
    /// <exception cref="ArgumentException">The name is empty or longer than 256 characters.</exception>
    public SiteCreateOptions(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SetValue("name", name, MistJsonContext.Default.String);
    }

    /// <summary>The site's name.</summary>
    public string Name => Get("name", MistJsonContext.Default.String)!;
}

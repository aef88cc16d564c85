namespace Mist;

/// <summary>The fields to change on a site; fields not set are left as they are.</summary>
public sealed class SiteUpdateOptions : SiteFields
{
    /// <summary>A new name.</summary>
    public string? Name
    {
        get => Get("name", MistJsonContext.Default.String);
        set => SetValue("name", value, MistJsonContext.Default.String);
    }
}

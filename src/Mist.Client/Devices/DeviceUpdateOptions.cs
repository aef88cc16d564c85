namespace Mist;

/// <summary>The fields to change on a device; fields not set are left as they are.</summary>
public sealed class DeviceUpdateOptions : MistFieldSet
{
    /// <summary>A new name.</summary>
    public string? Name
    {
        get => Get("name", MistJsonContext.Default.String);
        set => SetValue("name", value, MistJsonContext.Default.String);
    }

    /// <summary>New notes.</summary>
    public string? Notes
    {
        get => Get("notes", MistJsonContext.Default.String);
        set => SetValue("notes", value, MistJsonContext.Default.String);
    }
}

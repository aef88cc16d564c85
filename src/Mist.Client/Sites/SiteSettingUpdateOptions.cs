namespace Mist;

/// <summary>
/// The site settings to change; sections not set are left as they are. Settings have close to a hundred
/// sections, so they are set by name: <c>options.Set("auto_upgrade", new JsonObject { ["enabled"] = true })</c>.
/// Send whole sections: nested objects are replaced, not merged.
/// </summary>
public sealed class SiteSettingUpdateOptions : MistFieldSet
{
}

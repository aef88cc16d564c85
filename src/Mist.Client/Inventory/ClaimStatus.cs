namespace Mist;

/// <summary>The outcome of one claim code.</summary>
public enum ClaimStatus
{
    /// <summary>Newly claimed into the org.</summary>
    Added,

    /// <summary>Already in this org; nothing changed.</summary>
    Duplicated,

    /// <summary>Refused; see the reason.</summary>
    Error,
}

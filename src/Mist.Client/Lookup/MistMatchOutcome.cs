namespace Mist;

/// <summary>How a lookup of an org, site, device or other named object ended.</summary>
public enum MistMatchOutcome
{
    /// <summary>Exactly one object fits: <see cref="MistMatch{T}.Id"/> is it.</summary>
    Found,

    /// <summary>Nothing fits: <see cref="MistMatch{T}.NearestNames"/> may name what was probably meant.</summary>
    NotFound,

    /// <summary>Several objects fit: <see cref="MistMatch{T}.Candidates"/> lists them, and an id is needed.</summary>
    Ambiguous,
}

namespace Mist;

/// <summary>The type of a path or query parameter's value (of each element, for a list).</summary>
public enum MistParameterType
{
    /// <summary>Any text.</summary>
    Text,

    /// <summary>A UUID, such as an org, site or device id.</summary>
    Uuid,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A number, possibly with a fraction.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}

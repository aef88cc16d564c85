namespace Mist;

/// <summary>Where an operation's description comes from (<see cref="MistOperation.Origin"/>).</summary>
public enum MistOperationOrigin
{
    /// <summary>As the bundled OpenAPI spec (2509.1.2) describes it.</summary>
    Spec,

    /// <summary>In the bundled spec, with the live API's changes applied (a new path, or query parameters added or removed).</summary>
    Changed,

    /// <summary>Only in the live API: its query parameters are known by name, and their types are inferred from the same names elsewhere.</summary>
    Added,
}

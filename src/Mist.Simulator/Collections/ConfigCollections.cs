namespace Mist.Simulator.Collections;

/// <summary>Lookups in the generated table (<c>ConfigCollections.g.cs</c>).</summary>
internal static partial class ConfigCollections
{
    /// <summary>The collection at <c>/{scope}/{owner}/{segment}</c>; the table is generated, so a miss is a bug.</summary>
    public static ConfigCollection Get(string scope, string segment) =>
        All.FirstOrDefault(c => c.Scope == scope && c.Segment == segment)
        ?? throw new InvalidOperationException($"The spec has no collection /{scope}/.../{segment}.");
}

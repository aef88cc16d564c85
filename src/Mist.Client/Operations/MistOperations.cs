namespace Mist;

/// <summary>
/// Every operation of the live Mist API (1,047), each a property named by its operationId, such as
/// <see cref="ListOrgWlans"/>; generated from the bundled OpenAPI spec and the live API overlay by
/// <c>eng/Mist.Generator</c>. <see cref="Find"/> looks one up by operationId, <see cref="Match"/> by method and path.
/// </summary>
public static partial class MistOperations
{
    /// <summary>The operation whose operationId is <paramref name="operationId"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static MistOperation? Find(string operationId)
    {
        ArgumentNullException.ThrowIfNull(operationId);
        return Index.ById.GetValueOrDefault(operationId);
    }

    /// <summary>
    /// The operation that serves <paramref name="method"/> on <paramref name="path"/> (starting <c>/api/v1/</c>; a
    /// query string is ignored), the most specific one when templates overlap (<c>devices/search</c> over
    /// <c>devices/{device_id}</c>), or <see langword="null"/> when the API has none.
    /// </summary>
    public static MistOperation? Match(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        return MatchPath(path).FirstOrDefault(o => o.Method == method);
    }

    /// <summary>Every operation whose template fits <paramref name="path"/>, whatever its method, the most specific first.</summary>
    public static IReadOnlyList<MistOperation> MatchPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bare = path.Split('?', 2)[0];
        var length = bare.Count(c => c == '/') + 1;
        return Index.BySegments.TryGetValue(length, out var candidates)
            ? [.. candidates.Where(o => o.TryMatch(bare, out _)).OrderByDescending(o => o.LiteralSegments)]
            : [];
    }

    private static MistParameter P(string name, MistParameterType type, string[]? allowed = null) =>
        new(name, type, isList: false, isRequired: true, allowed ?? []);

    private static MistParameter Q(string name, MistParameterType type, bool list = false, bool required = false, string[]? allowed = null) =>
        new(name, type, list, required, allowed ?? []);

    // Built on first use, after every property of the generated table is set.
    private static class Index
    {
        public static readonly Dictionary<string, MistOperation> ById = All.ToDictionary(o => o.OperationId, StringComparer.OrdinalIgnoreCase);

        // Templates by their number of segments: a path is compared only with templates of its length.
        public static readonly Dictionary<int, MistOperation[]> BySegments = All
            .GroupBy(o => o.PathTemplate.Count(c => c == '/') + 1)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }
}

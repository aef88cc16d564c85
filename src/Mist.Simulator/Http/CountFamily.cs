namespace Mist.Simulator.Http;

/// <summary>
/// The <c>distinct</c> values one count operation accepts (the spec's enum) and the SQL expression each one groups
/// by. A value the simulator does not store maps to <c>NULL</c>: it is accepted, as the live API accepts it, and
/// counts no rows.
/// </summary>
internal sealed class CountFamily(string defaultDistinct, params (string Name, string? Expression)[] fields)
{
    private readonly Dictionary<string, string?> _fields = fields.ToDictionary(f => f.Name, f => f.Expression, StringComparer.Ordinal);

    public string Default { get; } = defaultDistinct;

    public IEnumerable<string> Names => _fields.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, out string expression)
    {
        var known = _fields.TryGetValue(name, out var found);
        expression = found ?? "NULL";
        return known;
    }
}

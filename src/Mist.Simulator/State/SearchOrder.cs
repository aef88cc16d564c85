namespace Mist.Simulator.State;

/// <summary>
/// Keyset order of a search: a sort column, a unique tie-break column and a direction. The <c>search_after</c>
/// cursor of a <c>next</c> link holds the last row's two keys, so pages never overlap or skip rows.
/// </summary>
internal sealed record SearchOrder(string Column, string TieBreak, bool Descending)
{
    public string OrderBy => Descending
        ? $" ORDER BY {Column} DESC, {TieBreak} DESC"
        : $" ORDER BY {Column}, {TieBreak}";

    public string After => Descending
        ? $"({Column}, {TieBreak}) < (@after_key, @after_tie)"
        : $"({Column}, {TieBreak}) > (@after_key, @after_tie)";
}

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>A data row of a CSV file with a header: its line and its cells by column name.</summary>
internal sealed class BulkRow(int line, IReadOnlyDictionary<string, string> cells)
{
    public int Line { get; } = line;

    /// <summary>The cell, trimmed, or <see langword="null"/> when the column is absent or the cell empty (empty means "leave as is").</summary>
    public string? Get(string column) =>
        cells.TryGetValue(column, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>The cell as written (not trimmed), or <see langword="null"/> when the column is absent or the cell empty.</summary>
    public string? GetRaw(string column) =>
        cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}

using System.Text.Json;

namespace Mist;

/// <summary>
/// The answer of a count operation (<c>response_count</c>): how many records hold each value of the
/// <see cref="Distinct"/> field in the time window, most frequent first.
/// </summary>
public sealed class MistCount
{
    internal MistCount(string distinct, DateTimeOffset? start, DateTimeOffset? end, int? limit, long total, IReadOnlyList<MistCountResult> results)
    {
        Distinct = distinct;
        Start = start;
        End = end;
        Limit = limit;
        Total = total;
        Results = results;
    }

    /// <summary>The field counted, such as <c>model</c> or <c>site_id</c>.</summary>
    public string Distinct { get; }

    /// <summary>The start of the time window the API used (sent and answered as epoch seconds).</summary>
    public DateTimeOffset? Start { get; }

    /// <summary>The end of the time window the API used.</summary>
    public DateTimeOffset? End { get; }

    /// <summary>The most result rows the API answers.</summary>
    public int? Limit { get; }

    /// <summary>The total the API reports: the number of distinct values, of which <see cref="Results"/> holds at most <see cref="Limit"/>.</summary>
    public long Total { get; }

    /// <summary>Each value and its count.</summary>
    public IReadOnlyList<MistCountResult> Results { get; }

    /// <summary>Reads a <c>response_count</c> body; a missing or odd field costs that field, never the answer.</summary>
    internal static MistCount Read(JsonElement root, string? requestedDistinct)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new MistException($"A count answered {root.ValueKind}, not a JSON object.");
        }

        var distinct = root.TryGetProperty("distinct", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : requestedDistinct ?? string.Empty;
        var results = new List<MistCountResult>();
        if (root.TryGetProperty("results", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in rows.EnumerateArray())
            {
                if (row.ValueKind == JsonValueKind.Object && Value(row, distinct) is { } value)
                {
                    results.Add(new MistCountResult(value, row.TryGetProperty("count", out var c) && c.TryGetInt64(out var n) ? n : 0));
                }
            }
        }

        return new MistCount(
            distinct,
            Time(root, "start"),
            Time(root, "end"),
            root.TryGetProperty("limit", out var l) && l.TryGetInt32(out var limit) ? limit : null,
            root.TryGetProperty("total", out var t) && t.TryGetInt64(out var total) ? total : results.Count,
            results);
    }

    // The value sits under the distinct field's name; an answer that names it otherwise still has one other key.
    private static string? Value(JsonElement row, string distinct)
    {
        if (!row.TryGetProperty(distinct, out var value))
        {
            value = row.EnumerateObject().FirstOrDefault(p => p.Name != "count").Value;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    private static DateTimeOffset? Time(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetDouble(out var seconds) && seconds is > 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;
}

/// <summary>One row of a <see cref="MistCount"/>: a value of the distinct field and how many records hold it.</summary>
public sealed class MistCountResult
{
    internal MistCountResult(string value, long count)
    {
        Value = value;
        Count = count;
    }

    /// <summary>The value as text (numbers and booleans as the API writes them).</summary>
    public string Value { get; }

    /// <summary>How many records hold it.</summary>
    public long Count { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Value}: {Count}";
}

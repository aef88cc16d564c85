using System.Text;
using System.Text.Json;

namespace Mist.Mcp;

/// <summary>
/// The text block of a structured result, for clients and models that read only text: the same data as the
/// structured content, without repeating it as JSON. A page becomes a summary line and a tab-separated table (one
/// header, one row per item); an object becomes <c>field: value</c> lines. Strings are written as they are unless
/// they hold a tab, a line break or a leading quote, which are JSON-escaped; nested values are compact JSON.
/// </summary>
internal static class ResultText
{
    public static string Render(JsonElement structured)
    {
        var text = new StringBuilder();
        if (structured.ValueKind == JsonValueKind.Object && structured.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            Summary(structured, items.GetArrayLength(), text);
            Table(items, text);
            foreach (var property in structured.EnumerateObject().Where(p => p.Name is not ("items" or "count" or "total" or "next_cursor")))
            {
                text.Append(property.Name).Append(": ").Append(Cell(property.Value)).Append('\n');
            }
        }
        else if (structured.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in structured.EnumerateObject())
            {
                text.Append(property.Name).Append(": ").Append(Cell(property.Value)).Append('\n');
            }
        }
        else
        {
            text.Append(structured.GetRawText());
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void Summary(JsonElement page, int count, StringBuilder text)
    {
        text.Append(count == 1 ? "1 item" : $"{count} items");
        if (page.TryGetProperty("total", out var total))
        {
            text.Append(" of ").Append(total.GetRawText());
        }

        text.Append(page.TryGetProperty("next_cursor", out var cursor)
            ? $"; more: pass cursor \"{cursor.GetString()}\" with the same other arguments."
            : "; this is the last page.");
        text.Append('\n');
    }

    private static void Table(JsonElement items, StringBuilder text)
    {
        var columns = new List<string>();
        foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
        {
            columns.AddRange(item.EnumerateObject().Select(p => p.Name).Where(n => !columns.Contains(n, StringComparer.Ordinal)).ToList());
        }

        if (columns.Count == 0)
        {
            foreach (var item in items.EnumerateArray())
            {
                text.Append(Cell(item)).Append('\n');
            }

            return;
        }

        text.AppendJoin('\t', columns).Append('\n');
        foreach (var item in items.EnumerateArray())
        {
            text.AppendJoin('\t', columns.Select(c => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(c, out var v) ? Cell(v) : string.Empty)).Append('\n');
        }
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { } s && s.AsSpan().IndexOfAny("\t\r\n\"") < 0 && s.Length > 0 => s,
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}

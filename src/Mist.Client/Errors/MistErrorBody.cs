using System.Text.Json;

namespace Mist;

/// <summary>
/// Mist's error body, read leniently: usually <c>{"detail": "..."}</c>, sometimes with <c>reason</c> (a string or
/// an array) or, for 404, <c>{"id": "..."}</c>.
/// </summary>
/// <param name="Detail">The <c>detail</c> text.</param>
/// <param name="Reason">The <c>reason</c> text; several reasons joined with "; ".</param>
/// <param name="Id">The <c>id</c> of a 404 body.</param>
public sealed record MistErrorBody(string? Detail, string? Reason, string? Id)
{
    /// <summary>Reads an error body; anything unreadable gives an empty body, never an exception.</summary>
    public static MistErrorBody Parse(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
        {
            return new(null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(root.ValueKind == JsonValueKind.String ? root.GetString() : null, null, null);
            }

            return new(Text(root, "detail"), Text(root, "reason"), Text(root, "id"));
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, for instance: keep a short, single-line excerpt as the detail.
            var text = System.Text.Encoding.UTF8.GetString(content.Span).ReplaceLineEndings(" ").Trim();
            return new(text.Length > 200 ? text[..200] + "…" : text, null, null);
        }
    }

    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Simulator.State;

/// <summary>The decoded <c>search_after</c> value: the last row's sort key and tie-break key.</summary>
internal sealed record SearchCursor(object Key, string TieBreak)
{
    public string Encode()
    {
        var array = new JsonArray(
            Key switch
            {
                double d => JsonValue.Create(d),
                long l => JsonValue.Create(l),
                _ => JsonValue.Create(Convert.ToString(Key, System.Globalization.CultureInfo.InvariantCulture)),
            },
            JsonValue.Create(TieBreak));
        return array.ToJsonString();
    }

    public static bool TryDecode(string? text, out SearchCursor? cursor)
    {
        cursor = null;
        if (text is null)
        {
            return true;
        }

        try
        {
            if (JsonNode.Parse(text) is JsonArray { Count: 2 } array &&
                array[1] is JsonValue tie && tie.TryGetValue<string>(out var tieBreak) &&
                array[0] is JsonValue key)
            {
                object? value = key.GetValueKind() switch
                {
                    JsonValueKind.Number => key.GetValue<double>(),
                    JsonValueKind.String => key.GetValue<string>(),
                    _ => null,
                };
                if (value is not null)
                {
                    cursor = new SearchCursor(value, tieBreak);
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: reported to the caller as an invalid cursor below.
        }

        return false;
    }
}

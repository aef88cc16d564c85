using System.Text.Json.Nodes;
using Mist.Cli.Commands.Org.Config;

namespace Mist.Cli.Commands.Org.Apply;

/// <summary>
/// A secret the file left out (the placeholder) is never sent: where the target has a value at the same place it is
/// kept (a PUT replaces a whole top-level field, so a WLAN's <c>auth</c> is sent with the target's own PSK), and
/// where it has none the field is left out (Mist then refuses a create that needs it, and says which field).
/// </summary>
internal static class Placeholders
{
    /// <summary><paramref name="desired"/> with each placeholder replaced by <paramref name="current"/>'s value there, or removed; null when nothing is left.</summary>
    public static JsonNode? Fill(JsonNode? desired, JsonNode? current)
    {
        if (ExportFormat.IsPlaceholder(desired))
        {
            return current?.DeepClone();
        }

        switch (desired)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var inCurrent = current is JsonObject c && c.TryGetPropertyValue(key, out var v) ? v : null;
                    if (!ExportFormat.IsPlaceholder(value))
                    {
                        result[key] = Fill(value, inCurrent);
                    }
                    else if (inCurrent is not null)
                    {
                        result[key] = inCurrent.DeepClone();
                    }
                }

                return result;
            case JsonArray array:
                var currentArray = current as JsonArray;
                return new JsonArray([.. array.Select((item, i) => Fill(item, currentArray is not null && i < currentArray.Count ? currentArray[i] : null))]);
            default:
                return desired?.DeepClone();
        }
    }

    /// <summary>What a plan says of an object whose secret the file left out and the target does not have.</summary>
    public const string MissingSecret = "secret placeholder: re-export with --include-secrets or set it";

    /// <summary>
    /// Whether <see cref="Fill"/> would leave out a secret: a placeholder where <paramref name="current"/> has no value.
    /// Such an object is not sent: Mist would refuse it (a PSK WLAN needs its passphrase) or, worse, take it without
    /// its secret (a webhook nobody can verify).
    /// </summary>
    public static bool Drops(JsonNode? desired, JsonNode? current)
    {
        if (ExportFormat.IsPlaceholder(desired))
        {
            return current is null;
        }

        switch (desired)
        {
            case JsonObject obj:
                return obj.Any(p => Drops(p.Value, current is JsonObject c && c.TryGetPropertyValue(p.Key, out var v) ? v : null));
            case JsonArray array:
                var currentArray = current as JsonArray;
                return array.Select((item, i) => Drops(item, currentArray is not null && i < currentArray.Count ? currentArray[i] : null)).Any(d => d);
            default:
                return false;
        }
    }
}

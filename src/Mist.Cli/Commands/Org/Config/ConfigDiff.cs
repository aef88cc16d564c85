using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Org.Config;

/// <summary>One field that differs: its path (<c>auth.type</c>), its value in A (or null when absent) and in B.</summary>
internal sealed record FieldChange(string Path, JsonNode? A, JsonNode? B);

/// <summary>One object that differs: only in A, only in B, or in both with <see cref="Fields"/> changed.</summary>
internal sealed record EntryDiff(string Address, string Change, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// Compares two exports object by object (matched by address: name, SSID and template, MAC) and field by field,
/// on the normalised objects: server-managed fields and ids left out, references compared by what they name, and a
/// secret left out of either side (the placeholder) taken as equal.
/// </summary>
internal static class ConfigDiff
{
    public const string OnlyInA = "only_in_a";
    public const string OnlyInB = "only_in_b";
    public const string Changed = "changed";

    public static List<EntryDiff> Compare(ConfigDocument a, ConfigDocument b, bool includeDevices)
    {
        bool Compared(ConfigEntry e) => includeDevices || e.Kind is not (ConfigKind.Device or ConfigKind.Inventory);

        var diffs = new List<EntryDiff>();
        foreach (var entry in a.Entries.Where(Compared))
        {
            if (!b.ByAddress.TryGetValue(entry.Address, out var other))
            {
                diffs.Add(new EntryDiff(entry.Address, OnlyInA, []));
                continue;
            }

            var fields = Fields(a.Normalized(entry), b.Normalized(other));
            if (fields.Count > 0)
            {
                diffs.Add(new EntryDiff(entry.Address, Changed, fields));
            }
        }

        diffs.AddRange(b.Entries.Where(Compared).Where(e => !a.ByAddress.ContainsKey(e.Address)).Select(e => new EntryDiff(e.Address, OnlyInB, [])));
        return diffs;
    }

    /// <summary>The fields that differ between two normalised objects, nested objects compared key by key, arrays whole.</summary>
    public static List<FieldChange> Fields(JsonObject a, JsonObject b)
    {
        var changes = new List<FieldChange>();
        Walk(a, b, string.Empty, changes);
        return changes;
    }

    /// <summary>Whether two values are the same for a comparison: equal JSON, or a secret left out on either side.</summary>
    public static bool Same(JsonNode? a, JsonNode? b)
    {
        if (ExportFormat.IsPlaceholder(a) || ExportFormat.IsPlaceholder(b))
        {
            return true;
        }

        if (a is JsonObject objectA && b is JsonObject objectB)
        {
            return Fields(objectA, objectB).Count == 0;
        }

        if (a is JsonArray arrayA && b is JsonArray arrayB)
        {
            return arrayA.Count == arrayB.Count && arrayA.Zip(arrayB).All(p => Same(p.First, p.Second));
        }

        return JsonNode.DeepEquals(a, b);
    }

    private static void Walk(JsonObject a, JsonObject b, string prefix, List<FieldChange> changes)
    {
        foreach (var key in a.Select(p => p.Key).Concat(b.Select(p => p.Key).Where(k => !a.ContainsKey(k))))
        {
            var path = prefix + key;
            a.TryGetPropertyValue(key, out var valueA);
            b.TryGetPropertyValue(key, out var valueB);
            if (valueA is JsonObject objectA && valueB is JsonObject objectB)
            {
                Walk(objectA, objectB, path + ".", changes);
            }
            else if (!a.ContainsKey(key) && ExportFormat.IsPlaceholder(valueB) || !b.ContainsKey(key) && ExportFormat.IsPlaceholder(valueA))
            {
                // A secret one side left out and the other never had: nothing to tell.
            }
            else if (a.ContainsKey(key) != b.ContainsKey(key) || !Same(valueA, valueB))
            {
                changes.Add(new FieldChange(path, ExportFormat.Masked(valueA, key), ExportFormat.Masked(valueB, key)));
            }
        }
    }
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist.Mcp;

/// <summary>
/// Which fields of each item a list returns: a compact set by default so that a page fits in a context window,
/// the fields named in <c>fields</c>, or every field with <c>*</c>. Absent and null fields are left out. A device's
/// claim code (<c>magic</c>) lets anyone claim the device into their own org, so it is returned only when named.
/// </summary>
internal sealed class FieldSelection
{
    public const string Description =
        "Comma-separated field names to return for each item (Mist's snake_case names, e.g. \"id,name,notes\"), or \"*\" for every field. " +
        "Default: a compact set.";

    // Fields returned only when named: never in "*", the compact set or a whole object.
    private static readonly HashSet<string> s_secret = new(StringComparer.Ordinal) { "magic" };

    private readonly string[]? _names;

    private FieldSelection(string[]? names) => _names = names;

    public static FieldSelection All { get; } = new(null);

    /// <summary>
    /// The selection <paramref name="fields"/> asks for. A name that is not one of <paramref name="known"/> (the
    /// object's fields in Mist's spec, plus those the tool adds) is an argument error listing the valid names, so a
    /// typo never comes back as a page of empty objects.
    /// </summary>
    public static FieldSelection Parse(string? fields, IReadOnlyList<string> compact, IReadOnlySet<string> known)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return new([.. compact]);
        }

        var names = fields.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Contains("*", StringComparer.Ordinal))
        {
            return All;
        }

        var unknown = names.Where(n => !known.Contains(n) && !compact.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw ToolErrors.InvalidParams(
                $"fields: unknown field{(unknown.Count > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. " +
                $"Valid fields: {string.Join(", ", known.Union(compact).Order(StringComparer.Ordinal))}, or \"*\" for every field.");
        }

        return new([.. names.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Whether any of <paramref name="names"/> is selected (so the tool need not fetch what nobody asked for).</summary>
    public bool Wants(IEnumerable<string> names) => _names is null || names.Any(n => _names.Contains(n, StringComparer.Ordinal));

    public JsonObject Apply<T>(T value, JsonTypeInfo<T> typeInfo) => Apply(MistMcpJsonNodes.ToObject(value, typeInfo));

    public JsonObject Apply(JsonObject full)
    {
        var result = new JsonObject();
        if (_names is null)
        {
            foreach (var (name, node) in full)
            {
                if (node is not null && !s_secret.Contains(name))
                {
                    result[name] = node.DeepClone();
                }
            }

            return result;
        }

        foreach (var name in _names)
        {
            if (full.TryGetPropertyValue(name, out var node) && node is not null)
            {
                result[name] = node.DeepClone();
            }
        }

        return result;
    }
}

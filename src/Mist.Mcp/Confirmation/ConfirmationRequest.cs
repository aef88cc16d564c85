namespace Mist.Mcp;

/// <summary>What a destructive tool is about to do, to what, and which answers count as the agent repeating the target.</summary>
/// <param name="Action">The action in a few words, e.g. <c>delete site</c>.</param>
/// <param name="Target">The target as a person reads it, e.g. <c>site 'HQ' (id 4c1f...)</c>.</param>
/// <param name="Consequence">What cannot be undone, said to the person asked.</param>
/// <param name="Expected">What <c>confirm</c> must repeat, said to the agent, e.g. <c>the site's name 'HQ' or its id '4c1f...'</c>.</param>
/// <param name="Accepts">Whether a <c>confirm</c> value repeats the target.</param>
internal sealed record ConfirmationRequest(string Action, string Target, string Consequence, string Expected, Func<string, bool> Accepts)
{
    /// <summary>What will happen, as a person reads it: "delete site 'Oslo 007' (id …)", "rename site 'A' (id …) to 'B'".</summary>
    /// <remarks><see cref="Action"/> places the target with <c>{target}</c>, or the target follows it.</remarks>
    public string Sentence => Action.Contains("{target}", StringComparison.Ordinal) ? Action.Replace("{target}", Target, StringComparison.Ordinal) : $"{Action} {Target}";

    /// <summary>
    /// A target named by any of its identifiers (name, id, MAC, serial): <c>confirm</c> must equal one of them.
    /// Names compare exactly; ids, MACs and serials ignore case, and MACs any notation.
    /// </summary>
    public static ConfirmationRequest ForObject(string action, string kind, string? name, string id, string consequence, params string?[] otherIds)
    {
        // The action names the kind ("delete site"), so the target is the object alone.
        var target = name is null ? $"id {id}" : $"'{name}' (id {id})";
        var expected = name is null ? $"the {kind}'s id '{id}'" : $"the {kind}'s name '{name}' or its id '{id}'";
        string[] ids = [id, .. otherIds.OfType<string>()];
        return new(action, target, consequence, expected, confirm =>
        {
            var text = confirm.Trim();
            return (name is not null && string.Equals(text, name, StringComparison.Ordinal))
                || ids.Any(i => string.Equals(text, i, StringComparison.OrdinalIgnoreCase))
                || (MacAddress.TryNormalize(text, out var mac) && ids.Contains(mac, StringComparer.Ordinal));
        });
    }

    /// <summary>
    /// Several devices by MAC: <c>confirm</c> must list exactly the same devices, each by MAC (any notation) or by
    /// the serial the agent named it with, in any order, comma or space separated.
    /// </summary>
    public static ConfirmationRequest ForDevices(string action, IReadOnlyCollection<string> macs, string consequence, IReadOnlyDictionary<string, string>? serials = null)
    {
        var set = macs.ToHashSet(StringComparer.Ordinal);
        var list = string.Join(", ", set.Order(StringComparer.Ordinal));
        var target = set.Count == 1 ? $"device {list}" : $"{set.Count} devices ({list})";
        var expected = set.Count == 1 ? $"the MAC address '{list}'" : $"every MAC address, comma-separated: '{list}'";
        return new(action, target, consequence, expected, confirm =>
        {
            var given = confirm.Split([',', ' ', ';', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var parsed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in given)
            {
                if (!MacAddress.TryNormalize(item, out var mac) && (serials is null || !serials.TryGetValue(item, out mac)))
                {
                    return false;
                }

                parsed.Add(mac);
            }

            return parsed.SetEquals(set);
        });
    }
}

using System.Text.Json.Nodes;

namespace Mist.Simulator.State;

/// <summary>Mist's PUT: "only provided fields will be updated": the top level is merged, unknown fields are kept.</summary>
internal static class Merge
{
    public static JsonObject TopLevel(JsonObject current, JsonObject changes, IReadOnlySet<string> serverOwned, double now)
    {
        foreach (var (key, value) in changes)
        {
            if (!serverOwned.Contains(key))
            {
                current[key] = value?.DeepClone();
            }
        }

        current["modified_time"] = now;
        return current;
    }
}

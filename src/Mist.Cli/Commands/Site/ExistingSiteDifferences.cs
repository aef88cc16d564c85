using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Site;

/// <summary>The attributes given to <c>site create</c> that an existing site of the same name holds differently.</summary>
internal static class ExistingSiteDifferences
{
    /// <summary>Each given field (but the name) whose value is not the existing site's, as compact JSON texts.</summary>
    public static IEnumerable<(string Field, string Existing, string Given)> Between(JsonObject existing, JsonObject given)
    {
        foreach (var (field, value) in given)
        {
            if (field == "name")
            {
                continue;
            }

            var had = existing[field];
            // Compared as JSON elements, so that 48.8 and 48.80 or key order do not count as differences.
            using var before = JsonDocument.Parse(had?.ToJsonString() ?? "null");
            using var after = JsonDocument.Parse(value?.ToJsonString() ?? "null");
            if (!JsonElement.DeepEquals(before.RootElement, after.RootElement))
            {
                yield return (field, Text(had), Text(value));
            }
        }
    }

    private static string Text(JsonNode? node) => node is null ? "unset" : node.ToJsonString();
}

using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

/// <summary>What every projection does: apply the right side to each element (that passes the filter) and drop nulls.</summary>
internal static class JmesProjections
{
    public static JsonArray Project(IEnumerable<JsonNode?> elements, JmesNode right, JmesNode? condition)
    {
        var result = new JsonArray();
        foreach (var element in elements)
        {
            if (condition is not null && !JmesValues.IsTruthy(condition.Evaluate(element)))
            {
                continue;
            }

            if (right.Evaluate(element) is { } value)
            {
                result.Add(JmesValues.Copy(value));
            }
        }

        return result;
    }
}

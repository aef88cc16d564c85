using System.Text.Json.Nodes;
using static Mist.Cli.Output.Query.JmesValues;

namespace Mist.Cli.Output.Query;

/// <summary>Argument access with the specification's arity and type errors.</summary>
internal static partial class JmesFunctions
{
    private sealed class Arguments(string name, IReadOnlyList<JmesNode> nodes, JsonNode? current)
    {
        public JsonNode? Any(int index, int count)
        {
            RequireCount(count);
            var node = nodes[index];
            return node is JmesExpressionReference ? throw Invalid(index, "a value, not an expression reference") : node.Evaluate(current);
        }

        public IReadOnlyList<JsonNode?> All(int minimum)
        {
            if (nodes.Count < minimum)
            {
                throw new JmesException($"invalid-arity: {name}() takes at least {minimum} argument(s), {nodes.Count} given");
            }

            return [.. nodes.Select((_, i) => Any(i, nodes.Count))];
        }

        public double Number(int index, int count) =>
            Any(index, count) is var value && IsNumber(value) ? JmesValues.Number(value!) : throw Invalid(index, "number");

        public string String(int index, int count) =>
            Any(index, count) is var value && IsString(value) ? JmesValues.String(value!) : throw Invalid(index, "string");

        public JsonArray Array(int index, int count) => Any(index, count) as JsonArray ?? throw Invalid(index, "array");

        public JsonObject Object(int index, int count) => Any(index, count) as JsonObject ?? throw Invalid(index, "object");

        public List<double> Numbers(int index, int count) =>
            [.. Array(index, count).Select(e => IsNumber(e) ? JmesValues.Number(e!) : throw Invalid(index, "array of numbers"))];

        public JmesNode Expression(int index, int count)
        {
            RequireCount(count);
            return nodes[index] is JmesExpressionReference reference ? reference.Expression : throw Invalid(index, "expression reference (&expr)");
        }

        public JmesException Invalid(int index, string expected) =>
            new($"invalid-type: argument {index + 1} of {name}() must be {expected}");

        private void RequireCount(int count)
        {
            if (nodes.Count != count)
            {
                throw new JmesException($"invalid-arity: {name}() takes {count} argument(s), {nodes.Count} given");
            }
        }
    }
}
